/* Mail we send ourselves (escalation notices, acknowledgements): handed
 * to the local sendmail program, headers encoded for non-ASCII text. */
#ifndef MAILER_H
#define MAILER_H

#include <stddef.h>

/* s as a header value: itself when printable ASCII of at most 900
 * characters, else RFC 2047 encoded words (UTF-8, base64, at most 75
 * characters each, split between characters, one per folded line).
 * Caller frees. */
char *mailer_header_text(const char *s);

/* Hands data (a whole message) to sendmail for to, with from as the
 * envelope sender ("-f"). Returns 0 once sendmail took it, or -1 with
 * *err set (caller frees). */
int mailer_send(const char *sendmail, const char *from, const char *to,
    const char *data, size_t len, char **err);

#endif
