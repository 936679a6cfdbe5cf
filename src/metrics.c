/* The metrics collector and the Prometheus text format (metrics.h).
 * Format reference: "Exposition formats", text format 0.0.4: # HELP
 * escapes '\' and newline, label values escape '\', '"' and newline,
 * values are Go floats (NaN, +Inf, -Inf). */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "metrics.h"

/* Label values joined by this into a series key: it sorts below every
 * printable character, so keys order as their values do. */
#define METRICS_SEP '\x1f'

struct series {
	char **values;		/* one per label; NULL-terminated */
	double v;
};

struct family {
	const struct metric_family *def;
	size_t nlabels;
	GHashTable *series;	/* key -> struct series */
};

struct metrics {
	GRecMutex lock;
	struct family *fams;
	size_t n;
};

static void
series_free(gpointer p)
{
	struct series *s = p;

	g_strfreev(s->values);
	g_free(s);
}

struct metrics *
metrics_new(const struct metric_family *fams, size_t n)
{
	struct metrics *m = g_new0(struct metrics, 1);

	g_rec_mutex_init(&m->lock);
	m->fams = g_new0(struct family, n);
	m->n = n;
	for (size_t i = 0; i < n; i++) {
		m->fams[i].def = &fams[i];
		while (fams[i].labels[m->fams[i].nlabels] != NULL)
			m->fams[i].nlabels++;
		m->fams[i].series = g_hash_table_new_full(g_str_hash,
		    g_str_equal, g_free, series_free);
	}
	return m;
}

void
metrics_free(struct metrics **mp)
{
	struct metrics *m;

	if (mp == NULL || (m = *mp) == NULL)
		return;
	for (size_t i = 0; i < m->n; i++)
		g_hash_table_destroy(m->fams[i].series);
	g_free(m->fams);
	g_rec_mutex_clear(&m->lock);
	g_free(m);
	*mp = NULL;
}

void
metrics_hold(struct metrics *m)
{
	g_rec_mutex_lock(&m->lock);
}

void
metrics_release(struct metrics *m)
{
	g_rec_mutex_unlock(&m->lock);
}

/* The series of f with the label values vals (made at 0 when create).
 * Called with the lock held. */
static struct series *
metrics_series(struct family *f, int create, const char *const *vals)
{
	GString *key = g_string_new(NULL);
	struct series *s;

	for (size_t i = 0; i < f->nlabels; i++) {
		if (i > 0)
			g_string_append_c(key, METRICS_SEP);
		g_string_append(key, vals[i] != NULL ? vals[i] : "");
	}
	s = g_hash_table_lookup(f->series, key->str);
	if (s == NULL && create) {
		s = g_new0(struct series, 1);
		s->values = g_new0(char *, f->nlabels + 1);
		for (size_t i = 0; i < f->nlabels; i++)
			s->values[i] = g_strdup(vals[i] != NULL ? vals[i] : "");
		g_hash_table_insert(f->series, g_string_free(key, FALSE), s);
		return s;
	}
	g_string_free(key, TRUE);
	return s;
}

/* The label values from ap into vals (METRIC_LABELS_MAX of them). */
static void
metrics_values(const struct family *f, va_list ap, const char **vals)
{
	for (size_t i = 0; i < f->nlabels; i++)
		vals[i] = va_arg(ap, const char *);
}

/* Adds v to, or sets to v, the series of fam named by the values in ap. */
static void
metrics_update(struct metrics *m, size_t fam, int add, double v, va_list ap)
{
	const char *vals[METRIC_LABELS_MAX] = { NULL };
	struct series *s;

	g_return_if_fail(fam < m->n);
	metrics_values(&m->fams[fam], ap, vals);
	g_rec_mutex_lock(&m->lock);
	s = metrics_series(&m->fams[fam], 1, vals);
	s->v = add ? s->v + v : v;
	g_rec_mutex_unlock(&m->lock);
}

void
metrics_add(struct metrics *m, size_t fam, double v, ...)
{
	va_list ap;

	va_start(ap, v);
	metrics_update(m, fam, 1, v, ap);
	va_end(ap);
}

void
metrics_set(struct metrics *m, size_t fam, double v, ...)
{
	va_list ap;

	va_start(ap, v);
	metrics_update(m, fam, 0, v, ap);
	va_end(ap);
}

int
metrics_get(struct metrics *m, size_t fam, double *v, ...)
{
	const char *vals[METRIC_LABELS_MAX] = { NULL };
	struct series *s;
	va_list ap;

	g_return_val_if_fail(fam < m->n, 0);
	va_start(ap, v);
	metrics_values(&m->fams[fam], ap, vals);
	va_end(ap);
	g_rec_mutex_lock(&m->lock);
	s = metrics_series(&m->fams[fam], 0, vals);
	if (s != NULL)
		*v = s->v;
	g_rec_mutex_unlock(&m->lock);
	return s != NULL;
}

void
metrics_clear(struct metrics *m, size_t fam)
{
	g_return_if_fail(fam < m->n);
	g_rec_mutex_lock(&m->lock);
	g_hash_table_remove_all(m->fams[fam].series);
	g_rec_mutex_unlock(&m->lock);
}

static gint
metrics_key_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The keys of f, sorted (the array owns nothing). With the lock held. */
static GPtrArray *
metrics_keys(struct family *f)
{
	GPtrArray *keys = g_ptr_array_new();
	GHashTableIter it;
	gpointer k;

	g_hash_table_iter_init(&it, f->series);
	while (g_hash_table_iter_next(&it, &k, NULL))
		g_ptr_array_add(keys, k);
	g_ptr_array_sort(keys, metrics_key_cmp);
	return keys;
}

void
metrics_each(struct metrics *m, size_t fam,
    void (*fn)(const char *const *values, double v, void *arg), void *arg)
{
	struct family *f;
	GPtrArray *keys;

	g_return_if_fail(fam < m->n);
	g_rec_mutex_lock(&m->lock);
	f = &m->fams[fam];
	keys = metrics_keys(f);
	for (guint i = 0; i < keys->len; i++) {
		struct series *s = g_hash_table_lookup(f->series,
		    keys->pdata[i]);
		fn((const char *const *)s->values, s->v, arg);
	}
	g_ptr_array_free(keys, TRUE);
	g_rec_mutex_unlock(&m->lock);
}

/* s with '\\' and newline escaped, and '"' too when quotes. */
static void
metrics_escape(GString *out, const char *s, int quotes)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			g_string_append(out, "\\\\");
		else if (*s == '\n')
			g_string_append(out, "\\n");
		else if (*s == '"' && quotes)
			g_string_append(out, "\\\"");
		else
			g_string_append_c(out, *s);
	}
}

/* A value as Go's ParseFloat reads it, in the C locale: the shortest of
 * %.15g and %.17g that reads back the same. */
static void
metrics_value(GString *out, double v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];

	if (isnan(v)) {
		g_string_append(out, "NaN");
		return;
	}
	if (isinf(v)) {
		g_string_append(out, v > 0 ? "+Inf" : "-Inf");
		return;
	}
	g_ascii_formatd(buf, sizeof(buf), "%.15g", v);
	if (g_ascii_strtod(buf, NULL) != v)
		g_ascii_formatd(buf, sizeof(buf), "%.17g", v);
	g_string_append(out, buf);
}

static void
metrics_format_family(GString *out, struct family *f)
{
	const struct metric_family *d = f->def;
	GPtrArray *keys = metrics_keys(f);

	g_string_append_printf(out, "# HELP %s ", d->name);
	metrics_escape(out, d->help, 0);
	g_string_append_printf(out, "\n# TYPE %s %s\n", d->name,
	    d->type == METRIC_COUNTER ? "counter" : "gauge");
	for (guint i = 0; i < keys->len; i++) {
		struct series *s = g_hash_table_lookup(f->series,
		    keys->pdata[i]);

		g_string_append(out, d->name);
		for (size_t j = 0; j < f->nlabels; j++) {
			g_string_append_printf(out, "%s%s=\"", j == 0 ? "{" :
			    ",", d->labels[j]);
			metrics_escape(out, s->values[j], 1);
			g_string_append_c(out, '"');
		}
		g_string_append(out, f->nlabels > 0 ? "} " : " ");
		metrics_value(out, s->v);
		g_string_append_c(out, '\n');
	}
	g_ptr_array_free(keys, TRUE);
}

char *
metrics_format(struct metrics *m)
{
	GString *out = g_string_new(NULL);

	g_rec_mutex_lock(&m->lock);
	for (size_t i = 0; i < m->n; i++)
		if (g_hash_table_size(m->fams[i].series) > 0)
			metrics_format_family(out, &m->fams[i]);
	g_rec_mutex_unlock(&m->lock);
	return g_string_free(out, FALSE);
}

/* A quoted label value at *p (after the opening quote), unescaped; *p
 * moves past the closing quote. NULL when unterminated. Caller frees. */
static char *
metrics_unquote(const char **p)
{
	GString *v = g_string_new(NULL);
	const char *s = *p;

	for (; *s != '\0' && *s != '"'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			s++;
			g_string_append_c(v, *s == 'n' ? '\n' : *s);
		} else
			g_string_append_c(v, *s);
	}
	if (*s != '"') {
		g_string_free(v, TRUE);
		return NULL;
	}
	*p = s + 1;
	return g_string_free(v, FALSE);
}

/* The labels at *p ("{a="x",b="y"}") into vals by f's label names.
 * 0, or -1 for a malformed list or an unknown name. */
static int
metrics_parse_labels(const struct family *f, const char **p, char **vals)
{
	const char *s = *p + 1;

	while (*s != '}') {
		const char *eq = strchr(s, '=');
		size_t i;

		if (eq == NULL || eq[1] != '"')
			return -1;
		for (i = 0; i < f->nlabels; i++)
			if (strlen(f->def->labels[i]) == (size_t)(eq - s) &&
			    strncmp(f->def->labels[i], s, eq - s) == 0)
				break;
		s = eq + 2;
		if (i == f->nlabels || vals[i] != NULL ||
		    (vals[i] = metrics_unquote(&s)) == NULL)
			return -1;
		if (*s == ',')
			s++;
		else if (*s != '}')
			return -1;
	}
	*p = s + 1;
	return 0;
}

/* One sample line into m: 1 when set, else 0. */
static int
metrics_parse_line(struct metrics *m, const char *line)
{
	size_t len = strspn(line, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:");
	char *vals[METRIC_LABELS_MAX] = { NULL }, *end;
	const char *p = line + len;
	struct family *f = NULL;
	int set = 0;
	double v;

	for (size_t i = 0; i < m->n && f == NULL; i++)
		if (strlen(m->fams[i].def->name) == len && len > 0 &&
		    strncmp(m->fams[i].def->name, line, len) == 0)
			f = &m->fams[i];
	if (f == NULL || (*p == '{' && metrics_parse_labels(f, &p,
	    vals) != 0) || *p != ' ')
		goto out;
	v = g_ascii_strtod(p + 1, &end);
	if (end == p + 1 || (*end != '\0' && *end != ' '))
		goto out;
	metrics_series(f, 1, (const char *const *)vals)->v = v;
	set = 1;
out:
	for (size_t i = 0; i < METRIC_LABELS_MAX; i++)
		g_free(vals[i]);
	return set;
}

size_t
metrics_parse(struct metrics *m, const char *text)
{
	char **lines = g_strsplit(text, "\n", -1);
	size_t n = 0;

	g_rec_mutex_lock(&m->lock);
	for (char **l = lines; *l != NULL; l++)
		if (**l != '#' && **l != '\0')
			n += (size_t)metrics_parse_line(m, *l);
	g_rec_mutex_unlock(&m->lock);
	g_strfreev(lines);
	return n;
}

int
metrics_write_file(struct metrics *m, const char *path, const char *preamble,
    char **err)
{
	char *dir = g_path_get_dirname(path);
	char *text = metrics_format(m);
	char *all = g_strconcat(preamble != NULL ? preamble : "", text, NULL);
	GError *ge = NULL;
	int dfd, rc = -1;

	/* GLib writes PATH.XXXXXX (not *.prom: node_exporter skips it),
	 * fsyncs it and renames it over PATH. */
	if (!g_file_set_contents_full(path, all, -1,
	    G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0644,
	    &ge)) {
		*err = g_strdup(ge->message);
		g_error_free(ge);
		goto out;
	}
	/* node_exporter runs as its own user: readable whatever our umask
	 * (GLib's mode goes through it). */
	if (chmod(path, 0644) != 0) {
		*err = g_strdup_printf("chmod %s: %s", path, g_strerror(errno));
		goto out;
	}
	/* The rename itself is durable once the directory is. */
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		fsync(dfd);
		close(dfd);
	}
	rc = 0;
out:
	g_free(all);
	g_free(text);
	g_free(dir);
	return rc;
}
