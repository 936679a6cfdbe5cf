/* Listening sockets (listen.h). */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib.h>

#include "listen.h"

#define LISTEN_SD_FIRST 3	/* SD_LISTEN_FDS_START */

/* One word of a spec: a unix socket path, or a loopback address and
 * port. 0, or -1 with *err. */
static int
listen_parse(const char *word, char **path, struct addrinfo **ai,
    char **err)
{
	struct addrinfo hints = { .ai_flags = AI_NUMERICHOST |
	    AI_NUMERICSERV | AI_PASSIVE, .ai_socktype = SOCK_STREAM };
	const char *colon = strrchr(word, ':');
	char *host;
	int r;

	*path = NULL;
	*ai = NULL;
	if (strncmp(word, "unix:", 5) == 0) {
		if (word[5] != '/' || strlen(word + 5) >=
		    sizeof(((struct sockaddr_un *)0)->sun_path)) {
			*err = g_strdup_printf("\"%s\": a unix socket needs an "
			    "absolute path shorter than 108 bytes", word);
			return -1;
		}
		*path = g_strdup(word + 5);
		return 0;
	}
	if (colon == NULL || colon[1] == '\0') {
		*err = g_strdup_printf("\"%s\": use unix:/PATH or ADDRESS:PORT "
		    "(e.g. 127.0.0.1:24, [::1]:24)", word);
		return -1;
	}
	host = word[0] == '[' && colon > word && colon[-1] == ']' ?
	    g_strndup(word + 1, (gsize)(colon - word - 2)) :
	    g_strndup(word, (gsize)(colon - word));
	r = getaddrinfo(host, colon + 1, &hints, ai);
	if (r != 0) {
		*err = g_strdup_printf("\"%s\": %s (a numeric address and "
		    "port)", word, gai_strerror(r));
		g_free(host);
		return -1;
	}
	g_free(host);
	if (((*ai)->ai_family == AF_INET && (ntohl(((struct sockaddr_in *)
	    (void *)(*ai)->ai_addr)->sin_addr.s_addr) >> 24) != 127) ||
	    ((*ai)->ai_family == AF_INET6 && !IN6_IS_ADDR_LOOPBACK(
	    &((struct sockaddr_in6 *)(void *)(*ai)->ai_addr)->sin6_addr))) {
		*err = g_strdup_printf("\"%s\": not a loopback address (LMTP "
		    "has no authentication: listen on 127.0.0.1, ::1 or a "
		    "unix socket)", word);
		freeaddrinfo(*ai);
		*ai = NULL;
		return -1;
	}
	return 0;
}

int
listen_check(const char *spec, char **err)
{
	char **w = g_strsplit_set(spec != NULL ? spec : "", " \t,", -1);
	int n = 0, rc = 0;

	for (char **p = w; *p != NULL && rc == 0; p++) {
		char *path;
		struct addrinfo *ai;

		if (**p == '\0')
			continue;
		if ((rc = listen_parse(*p, &path, &ai, err)) == 0) {
			g_free(path);
			if (ai != NULL)
				freeaddrinfo(ai);
			n++;
		}
	}
	g_strfreev(w);
	if (rc == 0 && n == 0) {
		*err = g_strdup("nothing to listen on: set [lmtp] listen");
		rc = -1;
	}
	return rc;
}

static int
listen_flags(int fd)
{
	int fl = fcntl(fd, F_GETFL);

	return fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0 ||
	    fcntl(fd, F_SETFD, FD_CLOEXEC) < 0 ? -1 : 0;
}

/* The sockets systemd passed: how many (0: none), or -1 with *err when
 * one is not a listening socket. */
static int
listen_systemd(struct listeners *out, char **err)
{
	const char *pid = g_getenv("LISTEN_PID"), *fds = g_getenv("LISTEN_FDS");
	long n;

	if (pid == NULL || fds == NULL || strtol(pid, NULL, 10) != getpid() ||
	    (n = strtol(fds, NULL, 10)) <= 0 || n > 64)
		return 0;
	out->fds = g_new0(int, n);
	for (long i = 0; i < n; i++) {
		int fd = LISTEN_SD_FIRST + (int)i, yes = 0;
		socklen_t len = sizeof(yes);

		out->fds[out->n++] = fd;
		if (listen_flags(fd) != 0 || getsockopt(fd, SOL_SOCKET,
		    SO_ACCEPTCONN, &yes, &len) != 0 || !yes) {
			*err = g_strdup_printf("systemd passed fd %d, which "
			    "is not a listening socket", fd);
			return -1;
		}
	}
	/* Not for our children. */
	g_unsetenv("LISTEN_PID");
	g_unsetenv("LISTEN_FDS");
	g_unsetenv("LISTEN_FDNAMES");
	return (int)out->n;
}

/* A socket made and bound (bound: whether that worked) starts listening
 * and joins out. 0, or -1 with *err (the socket closed). */
static int
listen_add(struct listeners *out, int fd, int bound, const char *what,
    char **err)
{
	if (!bound || listen(fd, SOMAXCONN) != 0 || listen_flags(fd) != 0) {
		*err = g_strdup_printf("listening on %s: %s", what,
		    g_strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	out->fds = g_renew(int, out->fds, out->n + 1);
	out->fds[out->n++] = fd;
	return 0;
}

/* A stale socket file from an earlier run is replaced; anything else at
 * the path is an error. */
static int
listen_unix(const char *path, struct listeners *out, char **err)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct stat st;
	int fd;

	if (lstat(path, &st) == 0 && !S_ISSOCK(st.st_mode)) {
		*err = g_strdup_printf("%s exists and is not a socket", path);
		return -1;
	}
	unlink(path);
	g_strlcpy(sa.sun_path, path, sizeof(sa.sun_path));
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (listen_add(out, fd, fd >= 0 && bind(fd, (struct sockaddr *)&sa,
	    sizeof(sa)) == 0 && chmod(path, 0666) == 0, path, err) != 0)
		return -1;
	out->unix_paths = g_renew(char *, out->unix_paths, out->npaths + 1);
	out->unix_paths[out->npaths++] = g_strdup(path);
	return 0;
}

static int
listen_tcp(const char *word, const struct addrinfo *ai, struct listeners *out,
    char **err)
{
	int fd = socket(ai->ai_family, SOCK_STREAM, 0), one = 1;

	return listen_add(out, fd, fd >= 0 && setsockopt(fd, SOL_SOCKET,
	    SO_REUSEADDR, &one, sizeof(one)) == 0 && bind(fd, ai->ai_addr,
	    ai->ai_addrlen) == 0, word, err);
}

int
listen_open(const char *spec, struct listeners *out, char **err)
{
	char **w;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if ((rc = listen_systemd(out, err)) != 0) {
		if (rc < 0)
			listen_close(out);
		return rc < 0 ? -1 : 0;
	}
	if (listen_check(spec, err) != 0)
		return -1;
	w = g_strsplit_set(spec, " \t,", -1);
	for (char **p = w; *p != NULL && rc == 0; p++) {
		char *path;
		struct addrinfo *ai;

		if (**p == '\0' || listen_parse(*p, &path, &ai, err) != 0)
			continue;
		rc = path != NULL ? listen_unix(path, out, err) :
		    listen_tcp(*p, ai, out, err);
		g_free(path);
		if (ai != NULL)
			freeaddrinfo(ai);
	}
	g_strfreev(w);
	if (rc != 0)
		listen_close(out);
	return rc;
}

void
listen_close(struct listeners *l)
{
	for (size_t i = 0; i < l->n; i++)
		close(l->fds[i]);
	for (size_t i = 0; i < l->npaths; i++) {
		unlink(l->unix_paths[i]);
		g_free(l->unix_paths[i]);
	}
	g_free(l->fds);
	g_free(l->unix_paths);
	memset(l, 0, sizeof(*l));
}
