# The fee calculator.

fees-title = Fee calculator: { $service }
