-- 0009_mail_qr_code (issue #15): the confirmation and the mail about a move show the booking code as
-- a QR code the kiosk's scanner checks in. Only the code's text is queued; the image (a PNG of about
-- 1 KB) is drawn when the mail is sent.
ALTER TABLE mail_outbox ADD COLUMN qr_code TEXT;
