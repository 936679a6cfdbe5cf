/* Sending through sendmail(1), as every MTA provides it: "-oi" (a lone
 * dot is no end), "-f" the envelope sender, "--" before the recipient so
 * that an address cannot pass for an option. */
#include <string.h>

#include <gio/gio.h>
#include <glib.h>

#include "mailer.h"

#define MAILER_WORD_BYTES 45	/* 45 bytes: 60 of base64, 72 in all */

char *
mailer_header_text(const char *s)
{
	GString *out;
	const char *p;

	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p >= 0x80 || (unsigned char)*p < 0x20)
			break;
	/* Plain ASCII that fits a line as is; longer text is encoded too,
	 * as folded encoded words, so no line passes 998 characters. */
	if (*p == '\0' && p - s <= 900)
		return g_strdup(s);
	out = g_string_new(NULL);
	for (p = s; *p != '\0';) {
		const char *q = p, *next;
		char *b64;

		/* As many whole characters as fit in one encoded word. */
		while (*q != '\0') {
			next = g_utf8_find_next_char(q, NULL);
			if (next == NULL)
				next = q + strlen(q);
			if (next - p > MAILER_WORD_BYTES && q > p)
				break;
			q = next;
		}
		b64 = g_base64_encode((const guchar *)p, (gsize)(q - p));
		g_string_append_printf(out, "%s=?UTF-8?B?%s?=",
		    out->len > 0 ? "\n " : "", b64);
		g_free(b64);
		p = q;
	}
	return g_string_free(out, FALSE);
}

int
mailer_send(const char *sendmail, const char *from, const char *to,
    const char *data, size_t len, char **err)
{
	GError *gerr = NULL;
	GBytes *in = g_bytes_new(data, len);
	GSubprocess *p = g_subprocess_new(G_SUBPROCESS_FLAGS_STDIN_PIPE,
	    &gerr, sendmail, "-oi", "-f", from, "--", to, NULL);
	int rc = 0;

	if (p == NULL || !g_subprocess_communicate(p, in, NULL, NULL, NULL,
	    &gerr) || !g_subprocess_get_successful(p)) {
		*err = g_strdup_printf("%s: %s", sendmail, gerr != NULL ?
		    gerr->message : "exited with an error");
		rc = -1;
	}
	g_clear_error(&gerr);
	g_bytes_unref(in);
	g_clear_object(&p);
	return rc;
}
