/* Collected diagnostics, "file:line:col: severity: message". */
#include <stdarg.h>
#include <stdlib.h>

#include <glib.h>

#include "diag.h"

struct diag {
	GPtrArray *text;	/* formatted lines */
	size_t count[2];
};

struct diag *
diag_new(void)
{
	struct diag *d = g_new0(struct diag, 1);

	d->text = g_ptr_array_new_with_free_func(g_free);
	return d;
}

void
diag_free(struct diag **d)
{
	if (d == NULL || *d == NULL)
		return;
	g_ptr_array_free((*d)->text, TRUE);
	g_free(*d);
	*d = NULL;
}

int
diag_col(const char *line, const char *at)
{
	int col = 1;

	if (at == NULL)
		return 0;
	for (const char *p = line; p < at; p++)
		if (((unsigned char)*p & 0xc0) != 0x80)
			col++;
	return col;
}

void
diag_add(struct diag *d, enum diag_severity sev, const char *file, int line,
    int col, const char *fmt, ...)
{
	GString *s;
	va_list ap;

	if (d == NULL)
		return;
	s = g_string_new(file != NULL ? file : "-");
	if (line > 0) {
		g_string_append_printf(s, ":%d", line);
		if (col > 0)
			g_string_append_printf(s, ":%d", col);
	}
	g_string_append(s, sev == DIAG_ERROR ? ": error: " : ": warning: ");
	va_start(ap, fmt);
	g_string_append_vprintf(s, fmt, ap);
	va_end(ap);
	g_ptr_array_add(d->text, g_string_free(s, FALSE));
	d->count[sev == DIAG_ERROR ? 0 : 1]++;
}

size_t
diag_count(const struct diag *d, enum diag_severity sev)
{
	return d == NULL ? 0 : d->count[sev == DIAG_ERROR ? 0 : 1];
}

size_t
diag_len(const struct diag *d)
{
	return d == NULL ? 0 : d->text->len;
}

const char *
diag_text(const struct diag *d, size_t n)
{
	return d != NULL && n < d->text->len ? g_ptr_array_index(d->text, n)
	    : NULL;
}

void
diag_print(const struct diag *d, FILE *fp)
{
	for (size_t i = 0; i < diag_len(d); i++)
		fprintf(fp, "%s\n", diag_text(d, i));
}
