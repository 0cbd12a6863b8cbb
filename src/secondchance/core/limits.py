"""The product's length limits, shared by the composer and the reviewer."""

MAX_EMAIL_WORDS = 150
MAX_SUBJECT_CHARS = 70
MAX_VOICEMAIL_WORDS = 75  # about 30 seconds spoken
MAX_SHORT_MESSAGE_WORDS = 90
