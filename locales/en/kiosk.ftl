# Kiosk mode: the touch screens in service centre halls.

kiosk-home-title = Find a government service
kiosk-search-label = Type the service you need
kiosk-clear = Clear
kiosk-results-title = Services found
kiosk-topics = Or choose a topic
kiosk-no-results = No service matches “{ $query }”. Check the spelling, try another word, or clear the box to see the topics.
kiosk-keyboard-label = On-screen keyboard
kiosk-keyboard-to-en = English keyboard
kiosk-keyboard-to-ar = Arabic keyboard (عربي)
kiosk-key-space = Space
kiosk-key-delete = Delete the last letter
kiosk-nav-label = Kiosk
kiosk-back = Back
kiosk-home = Home
kiosk-start-over = Start over
kiosk-not-found = This page is not available on this screen.
kiosk-idle-title = Are you still there?
kiosk-idle-message = { $seconds ->
    [one] For your privacy, this screen will start over in one second.
   *[other] For your privacy, this screen will start over in { $seconds } seconds.
  }
kiosk-still-here = I’m still here
kiosk-qr-title = Continue on your phone
kiosk-qr-caption = Scan this code with your phone’s camera to open this page on your phone.
kiosk-qr-label = QR code of this service’s page, to open on your phone
kiosk-print-intro = Take a paper slip with the documents to bring and the steps.
kiosk-print-slip = Print slip
kiosk-slip-heading = Your checklist
kiosk-slip-documents = Documents to bring
kiosk-slip-steps = Steps
kiosk-slip-printed = Printed on { $date }
kiosk-external-qr = QR code of the website { $url }
kiosk-external-caption = Scan to open this website on your phone:
