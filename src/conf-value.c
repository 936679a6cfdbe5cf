/* Parsing one configuration value by its type: paths, folder names,
 * levels, numbers, booleans, TLS modes, the business-hours schedule and
 * time zones. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "auto.h"
#include "conf.h"
#include "conf-int.h"

char *
conf_expand(const char *path)
{
	const char *home;

	if (strncmp(path, "~/", 2) == 0 && (home = g_get_home_dir()) != NULL)
		return g_build_filename(home, path + 2, NULL);
	return g_strdup(path);
}

/* "Mon-Fri 09:00-17:00, Sat 10:00-14:00" into s. 0, or -1 with *msg. */
static int
conf_parse_schedule(const char *val, struct conf_schedule *s, char **msg)
{
	static const char *const days[] = { "sun", "mon", "tue", "wed", "thu",
	    "fri", "sat" };
	char **parts = g_strsplit(val, ",", -1);
	int rc = -1;

	memset(s, 0, sizeof(*s));
	for (size_t i = 0; parts[i] != NULL; i++) {
		char d1[4] = "", d2[4] = "", *p = g_strstrip(parts[i]);
		int a = -1, b = -1, h1, m1, h2, m2, n = 0;

		if (sscanf(p, "%3[A-Za-z]-%3[A-Za-z] %d:%d-%d:%d%n", d1, d2, &h1,
		    &m1, &h2, &m2, &n) != 6 || p[n] != '\0') {
			d2[0] = '\0';
			n = 0;
			if (sscanf(p, "%3[A-Za-z] %d:%d-%d:%d%n", d1, &h1, &m1,
			    &h2, &m2, &n) != 5 || p[n] != '\0') {
				*msg = g_strdup_printf("bad schedule entry "
				    "\"%s\": write DAYS HH:MM-HH:MM, e.g. "
				    "Mon-Fri 09:00-17:00", p);
				goto out;
			}
		}
		for (int d = 0; d < 7; d++) {
			if (g_ascii_strcasecmp(d1, days[d]) == 0)
				a = d;
			if (g_ascii_strcasecmp(d2[0] ? d2 : d1, days[d]) == 0)
				b = d;
		}
		if (a < 0 || b < 0 || h1 < 0 || h1 > 24 || m1 < 0 || m1 > 59 ||
		    h2 < 0 || h2 > 24 || m2 < 0 || m2 > 59 ||
		    h1 * 60 + m1 >= h2 * 60 + m2 || h2 * 60 + m2 > 24 * 60) {
			*msg = g_strdup_printf("bad schedule entry \"%s\": days "
			    "are Mon..Sun, times 00:00-24:00 with open before "
			    "close", p);
			goto out;
		}
		for (int d = a;; d = (d + 1) % 7) {
			s->open[d] = h1 * 60 + m1;
			s->close[d] = h2 * 60 + m2;
			if (d == b)
				break;
		}
	}
	rc = 0;
out:
	g_strfreev(parts);
	return rc;
}

/* "critical 0.5, high 2" into h[LEVEL_COUNT] (levels not named: 0).
 * 0, or -1 with *msg. */
static int
conf_parse_level_hours(const char *val, double *h, char **msg)
{
	char **parts = g_strsplit(val, ",", -1);
	int rc = -1;

	for (int i = 0; i < LEVEL_COUNT; i++)
		h[i] = 0;
	for (size_t i = 0; parts[i] != NULL; i++) {
		char lvl[16] = "", *p = g_strstrip(parts[i]), *end;
		int l, n = 0;
		double d;

		if (sscanf(p, "%15s %n", lvl, &n) != 1 || n == 0 ||
		    (l = mt_level_parse(lvl)) < 0) {
			*msg = g_strdup_printf("bad entry \"%s\": write LEVEL "
			    "HOURS, e.g. critical 0.5, high 2", p);
			goto out;
		}
		d = g_ascii_strtod(p + n, &end);
		if (end == p + n || *end != '\0' || !(d > 0) || d > 24 * 365) {
			*msg = g_strdup_printf("bad hours in \"%s\": use a "
			    "positive number such as 4 or 0.5", p);
			goto out;
		}
		h[l] = d;
	}
	rc = 0;
out:
	g_strfreev(parts);
	return rc;
}

/* Parses one value into the struct. Returns 0, or -1 with *msg set
 * (caller frees). */

int
conf_value_set(void *base, const struct conf_key *k, const char *val, char **msg)
{
	char *p = (char *)base + k->off, *end;
	double d;
	unsigned long long u;
	int lvl;

	*msg = NULL;
	switch (k->type) {
	case CT_PATH:
		if (*val == '\0') {
			*msg = g_strdup("empty path");
			return -1;
		}
		g_free(*(char **)p);
		*(char **)p = conf_expand(val);
		return 0;
	case CT_STEPS:
		errno = 0;
		d = g_ascii_strtod(val, &end);
		/* Range first: (int)d is undefined for NaN and huge d. */
		if (errno != 0 || end == val || *end != '\0' ||
		    !(d >= -3 && d <= 3) || d != (int)d) {
			*msg = g_strdup_printf("bad number of levels \"%s\": use "
			    "a whole number from -3 to 3", val);
			return -1;
		}
		*(int *)p = (int)d;
		return 0;
	case CT_RATIO:
		errno = 0;
		d = g_ascii_strtod(val, &end);
		if (errno != 0 || end == val || *end != '\0' || !(d > 0) ||
		    d > 1) {
			*msg = g_strdup_printf("bad ratio \"%s\": use a number "
			    "above 0 and at most 1, e.g. 0.6", val);
			return -1;
		}
		*(double *)p = d;
		return 0;
	case CT_SCHEDULE:
		return conf_parse_schedule(val, (struct conf_schedule *)p, msg);
	case CT_LEVEL_HOURS:
		return conf_parse_level_hours(val, (double *)p, msg);
	case CT_TZ:
		if (*val != '\0') {
			GTimeZone *tz = g_time_zone_new_identifier(val);
			if (tz == NULL) {
				*msg = g_strdup_printf("unknown time zone "
				    "\"%s\": use a name like Europe/Berlin",
				    val);
				return -1;
			}
			g_time_zone_unref(tz);
		}
		g_free(*(char **)p);
		*(char **)p = g_strdup(val);
		return 0;
	case CT_KINDS: {
		char **w = g_strsplit_set(val, ", \t", -1);
		unsigned mask = 0;
		int bad = 0;

		for (char **q = w; *q != NULL && !bad; q++) {
			int kind;

			if (**q == '\0' || strcmp(*q, "none") == 0)
				continue;
			if ((kind = auto_kind_parse(*q)) < 0) {
				*msg = g_strdup_printf("unknown kind \"%s\": use "
				    "bounce, auto-reply, list, bulk, own (or "
				    "none)", *q);
				bad = 1;
			} else
				mask |= 1u << kind;
		}
		g_strfreev(w);
		if (bad)
			return -1;
		*(unsigned *)p = mask;
		return 0;
	}
	case CT_STRING:
		if (*val == '\0') {
			*msg = g_strdup("empty value");
			return -1;
		}
		g_free(*(char **)p);
		*(char **)p = g_strdup(val);
		return 0;
	case CT_BOOL:
		if (g_ascii_strcasecmp(val, "true") == 0 ||
		    g_ascii_strcasecmp(val, "yes") == 0)
			*(int *)p = 1;
		else if (g_ascii_strcasecmp(val, "false") == 0 ||
		    g_ascii_strcasecmp(val, "no") == 0)
			*(int *)p = 0;
		else {
			*msg = g_strdup_printf("bad boolean \"%s\": use true "
			    "or false", val);
			return -1;
		}
		return 0;
	case CT_TLS:
		if (strcmp(val, "imaps") == 0)
			*(enum conf_tls *)p = CONF_TLS_IMAPS;
		else if (strcmp(val, "starttls") == 0)
			*(enum conf_tls *)p = CONF_TLS_STARTTLS;
		else if (strcmp(val, "none") == 0)
			*(enum conf_tls *)p = CONF_TLS_NONE;
		else {
			*msg = g_strdup_printf("bad tls \"%s\": use imaps, "
			    "starttls or none", val);
			return -1;
		}
		return 0;
	case CT_AUTH:
		if (strcmp(val, "password") == 0)
			*(enum conf_auth *)p = CONF_AUTH_PASSWORD;
		else if (strcmp(val, "xoauth2") == 0)
			*(enum conf_auth *)p = CONF_AUTH_XOAUTH2;
		else if (strcmp(val, "oauthbearer") == 0)
			*(enum conf_auth *)p = CONF_AUTH_OAUTHBEARER;
		else {
			*msg = g_strdup_printf("bad auth \"%s\": use password, "
			    "xoauth2 or oauthbearer", val);
			return -1;
		}
		return 0;
	case CT_MODE:
		if (strcmp(val, "move") == 0 || strcmp(val, "tag") == 0)
			*(int *)p = strcmp(val, "move") == 0;
		else {
			*msg = g_strdup_printf("bad mode \"%s\": use move or "
			    "tag", val);
			return -1;
		}
		return 0;
	case CT_PORT:
		errno = 0;
		u = g_ascii_strtoull(val, &end, 10);
		if (errno != 0 || end == val || *end != '\0' || u == 0 ||
		    u > 65535) {
			*msg = g_strdup_printf("bad port \"%s\": use 1 to "
			    "65535", val);
			return -1;
		}
		*(unsigned long *)p = (unsigned long)u;
		return 0;
	case CT_FOLDER:
		if (strchr(val, '/') != NULL || val[0] == '.' ||
		    strstr(val, "..") != NULL ||
		    (val[0] != '\0' && val[strlen(val) - 1] == '.')) {
			*msg = g_strdup_printf("bad folder name \"%s\": use "
			    "dot-separated names like Triage.High, no '/'", val);
			return -1;
		}
		g_free(*(char **)p);
		*(char **)p = g_strdup(val);
		return 0;
	case CT_LEVEL:
		if ((lvl = mt_level_parse(val)) < 0) {
			*msg = g_strdup_printf("unknown level \"%s\": use "
			    "critical, high, medium or low", val);
			return -1;
		}
		*(enum mt_level *)p = (enum mt_level)lvl;
		return 0;
	case CT_HOURS:
	case CT_SECONDS:
		errno = 0;
		d = g_ascii_strtod(val, &end);
		if (errno != 0 || end == val || *end != '\0' || !(d > 0) ||
		    d > 24 * 365) {
			*msg = g_strdup_printf("bad number of %s \"%s\": use "
			    "a positive number such as 4 or 0.5",
			    k->type == CT_HOURS ? "hours" : "seconds", val);
			return -1;
		}
		*(double *)p = d;
		return 0;
	case CT_SIZE:
	case CT_COUNT:
		errno = 0;
		u = g_ascii_strtoull(val, &end, 10);
		if (errno != 0 || end == val || *end != '\0' || u == 0) {
			*msg = g_strdup_printf("bad number \"%s\": use a "
			    "positive whole number", val);
			return -1;
		}
		if (k->type == CT_SIZE)
			*(size_t *)p = (size_t)u;
		else
			*(unsigned long *)p = (unsigned long)u;
		return 0;
	}
	return 0;
}
