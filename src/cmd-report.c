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

static int
report_exec(const struct cmd_entry *self, int argc, char **argv)
{
	char **teams = NULL;
	char *since_s = NULL, *until_s = NULL, *format_s = NULL;
	char *output = NULL, *err = NULL;
	GOptionEntry extra[] = {
		{ "since", 0, 0, G_OPTION_ARG_STRING, &since_s,
		    "Messages and tickets from DATE on (YYYY-MM-DD, local "
		    "midnight, or unix seconds)", "DATE" },
		{ "until", 0, 0, G_OPTION_ARG_STRING, &until_s,
		    "... and before DATE", "DATE" },
		{ "format", 0, 0, G_OPTION_ARG_STRING, &format_s,
		    "text (default), csv, json or html", "FORMAT" },
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
		    "Write to FILE instead of stdout", "FILE" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};
	struct cmd_common co;
	struct cmd_env env = { 0 };
	struct ledger *l = NULL;
	struct report *r = NULL;
	GString *out = g_string_new(NULL);
	time_t since = 0, until = 0;
	int rc, fmt = REPORT_TEXT;

	if ((rc = cmd_parse(self, &argc, &argv, extra, &co)) != 0) {
		rc = rc < 0 ? 0 : rc;
		goto out;
	}
	if (argc > 1) {
		fprintf(stderr, "mailtriage report: unexpected argument "
		    "\"%s\" (try --help)\n", argv[1]);
		rc = EX_USAGE;
		goto out;
	}
	if (format_s != NULL && (fmt = report_format_parse(format_s)) < 0) {
		fprintf(stderr, "mailtriage report: unknown format \"%s\" "
		    "(text, csv, json, html)\n", format_s);
		rc = EX_USAGE;
		goto out;
	}
	if (report_parse_date(since_s, &since) != 0 ||
	    report_parse_date(until_s, &until) != 0) {
		fprintf(stderr, "mailtriage report: a DATE is YYYY-MM-DD or "
		    "unix seconds\n");
		rc = EX_USAGE;
		goto out;
	}
	if (since != 0 && until != 0 && until <= since) {
		fprintf(stderr, "mailtriage report: --until must be after "
		    "--since\n");
		rc = EX_USAGE;
		goto out;
	}
	if ((rc = cmd_load(&co, 0, &env)) != 0)
		goto out;
	if ((rc = cmd_ledger_exists(env.conf)) != 0 ||
	    (rc = cmd_ledger_open(env.conf, &l)) != 0)
		goto out;
	teams = conf_team_folders(env.conf, NULL);
	if (report_build(l, env.filters, (const char *const *)teams, since,
	    until, report_now(), &r, &err) != 0) {
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
	rc = report_emit(output, out->str, out->len);
out:
	g_strfreev(teams);
	report_free(&r);
	ledger_close(&l);
	if (env.conf != NULL)
		cmd_env_free(&env);
	cmd_common_clear(&co);
	g_string_free(out, TRUE);
	g_free(err);
	g_free(since_s);
	g_free(until_s);
	g_free(format_s);
	g_free(output);
	return rc;
}

const struct cmd_entry cmd_report_entry = {
	"report", "[-c CONF] [--maildir DIR] [--since DATE] [--until DATE] "
	"[--format text|csv|json|html] [-o FILE]",
	"Summarise the ledger: volume, SLA attainment, response times, rule "
	"hits, senders.",
	report_exec,
};
