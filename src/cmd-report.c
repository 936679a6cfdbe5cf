/* mailtriage report: volume, SLA attainment, response times, rule hits
 * and senders for a period, as text, CSV, JSON or one HTML page. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "ledger.h"
#include "log.h"
#include "report-data.h"
#include "report-format.h"

/* A DATE: YYYY-MM-DD (local midnight) or unix seconds. 0, or -1. */
static int
report_parse_date(const char *s, time_t *out)
{
	struct tm tm = { 0 };
	char *end;
	long long v;
	int y, m, d, n = 0;

	if (s == NULL)
		return 0;
	if (strlen(s) == 10 && s[4] == '-' && s[7] == '-') {
		if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
		    n != 10 || m < 1 || m > 12 || d < 1 || d > 31)
			return -1;
		tm.tm_year = y - 1900;
		tm.tm_mon = m - 1;
		tm.tm_mday = d;
		tm.tm_isdst = -1;
		if ((*out = mktime(&tm)) == (time_t)-1)
			return -1;
		return 0;
	}
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0)
		return -1;
	*out = (time_t)v;
	return 0;
}

/* "now": the clock, or MAILTRIAGE_NOW (unix seconds) for tests. */
static time_t
report_now(void)
{
	const char *s = getenv("MAILTRIAGE_NOW");
	time_t t;

	if (s != NULL && *s != '\0' && report_parse_date(s, &t) == 0)
		return t;
	return time(NULL);
}

static int
report_emit(const char *path, const char *buf, size_t len)
{
	GError *gerr = NULL;

	if (path == NULL || strcmp(path, "-") == 0) {
		if (fwrite(buf, 1, len, stdout) != len || fflush(stdout) != 0) {
			log_error("stdout: %s", g_strerror(errno));
			return EX_IOERR;
		}
		return 0;
	}
	/* Written whole or not at all: a temporary file renamed into place. */
	if (!g_file_set_contents(path, buf, (gssize)len, &gerr)) {
		log_error("%s", gerr->message);
		g_error_free(gerr);
		return EX_CANTCREAT;
	}
	return 0;
}

static char *opt_since, *opt_until, *opt_format, *opt_output;
static const GOptionEntry report_options[] = {
	{ "since", 0, 0, G_OPTION_ARG_STRING, &opt_since,
	    "Messages and tickets from DATE on (YYYY-MM-DD, local midnight, "
	    "or unix seconds)", "DATE" },
	{ "until", 0, 0, G_OPTION_ARG_STRING, &opt_until,
	    "... and before DATE", "DATE" },
	{ "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
	    "text (default), csv, json or html", "FORMAT" },
	{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
	    "Write to FILE instead of stdout", "FILE" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};
static time_t since, until;
static int fmt = REPORT_TEXT;

/* The options make sense before anything is loaded. */
static int
report_plan(struct cmd_ctx *cx, int argc, char **argv)
{
	(void)cx;
	(void)argc;
	(void)argv;
	if (opt_format != NULL && (fmt = report_format_parse(opt_format)) < 0) {
		fprintf(stderr, "mailtriage report: unknown format \"%s\" "
		    "(text, csv, json, html)\n", opt_format);
		return EX_USAGE;
	}
	if (report_parse_date(opt_since, &since) != 0 ||
	    report_parse_date(opt_until, &until) != 0) {
		fprintf(stderr, "mailtriage report: a DATE is YYYY-MM-DD or "
		    "unix seconds\n");
		return EX_USAGE;
	}
	if (since != 0 && until != 0 && until <= since) {
		fprintf(stderr, "mailtriage report: --until must be after "
		    "--since\n");
		return EX_USAGE;
	}
	return 0;
}

static int
report_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	char **teams = conf_team_folders(cx->env.conf, NULL);
	struct report *r = NULL;
	GString *out = g_string_new(NULL);
	char *err = NULL;
	int rc;

	(void)argc;
	(void)argv;
	if (report_build(cx->ledger, cx->env.filters,
	    (const char *const *)teams, since, until, report_now(), &r,
	    &err) != 0) {
		log_error("%s", err);
		rc = EX_TEMPFAIL;
		goto out;
	}
	switch (fmt) {
	case REPORT_CSV: report_csv(out, r); break;
	case REPORT_JSON: report_json(out, r); break;
	case REPORT_HTML: report_html(out, r); break;
	default: report_text(out, r); break;
	}
	rc = report_emit(opt_output, out->str, out->len);
out:
	g_strfreev(teams);
	report_free(&r);
	g_string_free(out, TRUE);
	g_free(err);
	return rc;
}

static void
report_done(void)
{
	g_clear_pointer(&opt_since, g_free);
	g_clear_pointer(&opt_until, g_free);
	g_clear_pointer(&opt_format, g_free);
	g_clear_pointer(&opt_output, g_free);
}

const struct cmd_entry cmd_report_entry = {
	"report", "[-c CONF] [--maildir DIR] [--since DATE] [--until DATE] "
	"[--format text|csv|json|html] [-o FILE]",
	"Summarise the ledger: volume, SLA attainment, response times, rule "
	"hits, senders.",
	CMD_FILTERS | CMD_LEDGER, 0, report_options, report_plan, report_exec,
	report_done,
};
