/* Logging to syslog and stderr. */
#ifndef LOG_H
#define LOG_H

enum log_level { LOG_LVL_ERROR, LOG_LVL_WARN, LOG_LVL_INFO, LOG_LVL_DEBUG };

/* ident is the syslog program name; use_syslog 0 for tests/terminal tools. */
void log_init(const char *ident, int use_syslog, enum log_level stderr_level);
void log_set_stderr_level(enum log_level lvl);
/* Also hands every message (formatted, any level) to sink; NULL: none.
 * The sink must not log. */
void log_set_sink(void (*sink)(enum log_level lvl, const char *text));
void log_msg(enum log_level lvl, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#define log_error(...) log_msg(LOG_LVL_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_LVL_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_LVL_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_LVL_DEBUG, __VA_ARGS__)

#endif
