"""Official bilateral trade statistics read from the files analysts download from UN Comtrade, the IMF
and WITS: recognised by their header, reduced to all-commodity figures between two countries.

Plain Python (csv module, streamed): no Qt, no SQLAlchemy, no pandas; a file of a million rows is read
in constant memory."""
