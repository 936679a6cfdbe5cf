/* JSON string literals (RFC 8259 7), shared by every --json output. */
#ifndef JSON_H
#define JSON_H

struct _GString;	/* GLib's string builder */

/* Appends s as a JSON string literal, quotes included: '"' and '\\'
 * escaped, control characters as \n \r \t or \u00XX, invalid UTF-8 as
 * U+FFFD; NULL appends null. */
void json_append(struct _GString *out, const char *s);

/* The same as a new string. Caller frees (g_free). */
char *json_quote(const char *s);

#endif
