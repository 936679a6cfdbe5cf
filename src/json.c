/* JSON string literals (RFC 8259 section 7). */
#include <glib.h>

#include "json.h"

void
json_append(GString *out, const char *s)
{
	char *valid = NULL;

	if (s == NULL) {
		g_string_append(out, "null");
		return;
	}
	if (!g_utf8_validate(s, -1, NULL))
		s = valid = g_utf8_make_valid(s, -1);
	g_string_append_c(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			g_string_append(out, "\\\"");
			break;
		case '\\':
			g_string_append(out, "\\\\");
			break;
		case '\n':
			g_string_append(out, "\\n");
			break;
		case '\r':
			g_string_append(out, "\\r");
			break;
		case '\t':
			g_string_append(out, "\\t");
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				g_string_append_printf(out, "\\u%04x", *p);
			else
				g_string_append_c(out, (char)*p);
		}
	}
	g_string_append_c(out, '"');
	g_free(valid);
}

char *
json_quote(const char *s)
{
	GString *out = g_string_new(NULL);

	json_append(out, s);
	return g_string_free(out, FALSE);
}
