/* IMAP's modified UTF-7 for mailbox names (RFC 3501 5.1.3). */
#ifndef IMAP_UTF7_H
#define IMAP_UTF7_H

/* A UTF-8 mailbox name as the server wants it: printable ASCII as is,
 * "&" as "&-", anything else as "&" modified-base64(UTF-16BE) "-".
 * Invalid UTF-8 is passed through byte for byte. Caller frees. */
char *imap_utf7_encode(const char *utf8);

#endif
