/* Listening sockets for the long-running servers (lmtpd): "unix:PATH"
 * and "HOST:PORT" (numeric, loopback only: LMTP has no authentication),
 * or the sockets systemd passed (socket activation, sd_listen_fds(3)'s
 * LISTEN_PID/LISTEN_FDS protocol). Sockets are non-blocking and
 * close-on-exec. */
#ifndef LISTEN_H
#define LISTEN_H

#include <stddef.h>

struct listeners {
	int *fds;
	size_t n;
	char **unix_paths;	/* sockets we made, removed at the end */
	size_t npaths;
};

/* Checks a listen spec ("unix:/run/x.sock 127.0.0.1:24") without
 * binding. 0, or -1 with *err (caller frees) naming the bad word. */
int listen_check(const char *spec, char **err);

/* The sockets systemd passed us, if any (they are then ours), else
 * spec's sockets bound and listening (a unix socket's mode 0666: the
 * directory's permissions say who may connect). 0, or -1 with *err. */
int listen_open(const char *spec, struct listeners *out, char **err);

/* Closes the sockets and removes the unix socket files we made. */
void listen_close(struct listeners *l);

#endif
