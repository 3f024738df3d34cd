# Offline use: the catalogue kept on the device and app updates.

offline-now = You are offline. Showing the catalogue saved on this device, with data as of { $date }.
offline-update-failed = A catalogue update could not be used: { $reason } Still showing data as of { $date }.
offline-updated = The catalogue was updated. Data is now as of { $date }.
offline-no-storage = This device cannot keep the catalogue for use without a connection (its storage is full or blocked). Dalil works while you are online.
offline-saved = Saved on this device: works without a connection.
update-ready = A new version of Dalil is ready.
update-now = Update now
update-later = Later
offline-no-room = This device has { $free } free for Dalil, and keeping the catalogue for use without a connection needs { $needed }. Dalil works while you are online.
offline-megabytes = { $figure } MB
offline-kilobytes = { $figure } KB
offline-offer = Your connection is set to save data, so the catalogue is not saved on this device yet. Dalil works while you are online.
offline-keep = Keep for use without a connection ({ $size })
