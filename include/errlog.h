/* The last errors and warnings of the commands that run unattended
 * (poll, deliver, sla), kept beside the ledger (LEDGER.errors) for
 * mailtriage status: one line each, "UNIXTIME LEVEL COMMAND[PID]: text",
 * appended under a lock that concurrent deliveries share, and cut back
 * to the newest ERRLOG_KEEP lines when it grows. Writing it never fails
 * a command: what cannot be kept is only in syslog. */
#ifndef ERRLOG_H
#define ERRLOG_H

#include <stddef.h>

#define ERRLOG_KEEP 100

/* From now on, every error and warning logged (log.h) is also kept in
 * the file beside ledger, as command. Again: the new ledger and name. */
void errlog_start(const char *ledger, const char *command);
void errlog_stop(void);

/* The file beside ledger. Caller frees. */
char *errlog_path(const char *ledger);

/* The newest n lines kept for ledger, oldest first (NULL-terminated;
 * caller frees with g_strfreev): 0, also with none when there is no
 * file; -1 with *err (caller frees). */
int errlog_read(const char *ledger, size_t n, char ***lines, char **err);

#endif
