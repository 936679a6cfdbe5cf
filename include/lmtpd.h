/* The workers of mailtriage lmtpd (lmtpd.c). */
#ifndef LMTPD_H
#define LMTPD_H

struct cmd_env;
struct listeners;

/* A worker, in a process of its own: LMTP sessions on the listening
 * sockets ls, one at a time, until SIGTERM or SIGINT (the message under
 * way is finished; a session between messages hears 421). env NULL: the
 * config did not load, every session gets 421 at the greeting. events:
 * the metrics process's pipe (monitor_event lines), or -1. It expects
 * the termination signals blocked (they are let in only while waiting).
 * Never returns. */
void lmtpd_worker(const struct cmd_env *env, const struct listeners *ls,
    int events) __attribute__((noreturn));

#endif
