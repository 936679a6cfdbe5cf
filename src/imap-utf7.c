/* Modified UTF-7 (RFC 3501 5.1.3): mailbox names with umlauts or any
 * other non-ASCII character go to the server as "&" base64 "-" runs of
 * UTF-16BE, with "," for "/" and no padding; "&" itself is "&-". */
#include <string.h>

#include <glib.h>

#include "imap-utf7.h"

/* Appends one run of non-ASCII characters, encoded. */
static void
imap_utf7_run(GString *o, const char *s, size_t len)
{
	glong n = 0;
	gunichar2 *u = g_utf8_to_utf16(s, (glong)len, NULL, &n, NULL);
	guchar *be;
	char *b64;

	if (u == NULL) {
		g_string_append_len(o, s, (gssize)len);
		return;
	}
	be = g_malloc((gsize)n * 2);
	for (glong i = 0; i < n; i++) {
		be[2 * i] = (guchar)(u[i] >> 8);
		be[2 * i + 1] = (guchar)(u[i] & 0xff);
	}
	b64 = g_base64_encode(be, (gsize)n * 2);
	g_string_append_c(o, '&');
	for (char *p = b64; *p != '\0' && *p != '='; p++)
		g_string_append_c(o, *p == '/' ? ',' : *p);
	g_string_append_c(o, '-');
	g_free(b64);
	g_free(be);
	g_free(u);
}

char *
imap_utf7_encode(const char *utf8)
{
	GString *o = g_string_new(NULL);
	const char *p = utf8 != NULL ? utf8 : "";

	while (*p != '\0') {
		unsigned char c = (unsigned char)*p;
		const char *q;

		if (c >= 0x20 && c <= 0x7e) {
			g_string_append(o, c == '&' ? "&-" : (char[]){ *p, 0 });
			p++;
			continue;
		}
		for (q = p; *q != '\0' && ((unsigned char)*q < 0x20 ||
		    (unsigned char)*q > 0x7e); q++)
			;
		imap_utf7_run(o, p, (size_t)(q - p));
		p = q;
	}
	return g_string_free(o, FALSE);
}
