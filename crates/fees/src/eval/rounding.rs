//! Rounding a line to a multiple of the version's step, exactly: the
//! remainder is computed, never a quotient that could itself be rounded.

use dalil_model::fee_schedule::{Rounding, RoundingMode};
use rust_decimal::Decimal;

/// `amount` rounded to a multiple of `rounding.to` in `rounding.mode`.
/// Negative amounts (which a checked schedule never produces) round their
/// magnitude, symmetrically. `None` when the step is not positive or the
/// result overflows.
pub(crate) fn round(amount: Decimal, rounding: &Rounding) -> Option<Decimal> {
    let step = rounding.to.0;
    if step <= Decimal::ZERO {
        return None;
    }
    let magnitude = amount.abs();
    let remainder = magnitude.checked_rem(step)?;
    let down = magnitude.checked_sub(remainder)?;
    let rounded = if remainder.is_zero() {
        magnitude
    } else {
        let go_up = match rounding.mode {
            RoundingMode::Down => false,
            RoundingMode::Up => true,
            // A remainder of at least half the step rounds up.
            RoundingMode::HalfUp => remainder.checked_mul(Decimal::TWO)? >= step,
        };
        if go_up {
            down.checked_add(step)?
        } else {
            down
        }
    };
    Some(if amount.is_sign_negative() {
        -rounded
    } else {
        rounded
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dalil_model::Amount;
    use std::str::FromStr;

    fn r(amount: &str, to: &str, mode: RoundingMode) -> String {
        let rounding = Rounding {
            to: Amount(Decimal::from_str(to).unwrap()),
            mode,
        };
        round(Decimal::from_str(amount).unwrap(), &rounding)
            .unwrap()
            .normalize()
            .to_string()
    }

    #[test]
    fn each_mode_to_each_step() {
        use RoundingMode::*;
        assert_eq!(r("1249.99", "1", HalfUp), "1250");
        assert_eq!(r("1249.5", "1", HalfUp), "1250");
        assert_eq!(r("1249.49", "1", HalfUp), "1249");
        assert_eq!(r("1249.01", "1", Up), "1250");
        assert_eq!(r("1249.99", "1", Down), "1249");
        assert_eq!(r("1250", "100", HalfUp), "1300");
        assert_eq!(r("1249", "100", HalfUp), "1200");
        assert_eq!(r("1201", "100", Up), "1300");
        assert_eq!(r("1299", "100", Down), "1200");
        assert_eq!(r("12.345", "0.01", HalfUp), "12.35");
        assert_eq!(r("12.344", "0.01", HalfUp), "12.34");
        assert_eq!(r("10", "0.25", Up), "10");
        assert_eq!(r("10.1", "0.25", Up), "10.25");
        assert_eq!(r("7", "3", HalfUp), "6");
        assert_eq!(r("7.5", "3", HalfUp), "9");
        assert_eq!(r("0", "500", Up), "0");
        assert_eq!(r("-1250", "100", HalfUp), "-1300");
    }

    #[test]
    fn a_bad_step_or_overflow_is_none() {
        let zero = Rounding {
            to: Amount::ZERO,
            mode: RoundingMode::Up,
        };
        assert_eq!(round(Decimal::ONE, &zero), None);
        let hundred = Rounding {
            to: Amount::from_int(100),
            mode: RoundingMode::Up,
        };
        assert_eq!(round(Decimal::MAX, &hundred), None);
    }
}
