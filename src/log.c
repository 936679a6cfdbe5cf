/* Logging to syslog (mail facility) and to stderr. */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include <glib.h>

#include "log.h"

static const char *log_ident = "mailtriage";
static int log_syslog;
static enum log_level log_stderr_level = LOG_LVL_WARN;
static void (*log_sink)(enum log_level, const char *);

void
log_init(const char *ident, int use_syslog, enum log_level stderr_level)
{
	log_ident = ident;
	log_syslog = use_syslog;
	log_stderr_level = stderr_level;
	if (use_syslog)
		openlog(ident, LOG_PID, LOG_MAIL);
}

void
log_set_stderr_level(enum log_level lvl)
{
	log_stderr_level = lvl;
}

void
log_set_sink(void (*sink)(enum log_level lvl, const char *text))
{
	log_sink = sink;
}

void
log_msg(enum log_level lvl, const char *fmt, ...)
{
	static const int prio[] = { LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG };
	static const char *const tag[] = { "error: ", "warning: ", "", "" };
	va_list ap;

	if (log_syslog && lvl != LOG_LVL_DEBUG) {
		va_start(ap, fmt);
		vsyslog(prio[lvl], fmt, ap);
		va_end(ap);
	}
	if (lvl <= log_stderr_level) {
		fprintf(stderr, "%s: %s", log_ident, tag[lvl]);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	if (log_sink != NULL) {
		void (*sink)(enum log_level, const char *) = log_sink;
		char *text;

		log_sink = NULL;	/* a sink that logs does not recurse */
		va_start(ap, fmt);
		text = g_strdup_vprintf(fmt, ap);
		va_end(ap);
		sink(lvl, text);
		g_free(text);
		log_sink = sink;
	}
}
