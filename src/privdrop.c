/* Dropping root for delivery: supplementary groups, gid, then uid (in
 * that order: after setuid the others can no longer be changed), and a
 * check that root cannot be regained, as Dovecot's LDA and procmail do. */
#define _GNU_SOURCE		/* setresuid, getresuid */
#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "log.h"
#include "privdrop.h"

struct privdrop_target {
	uid_t uid;
	gid_t gid;
	char *name;		/* passwd name, or NULL for a bare uid */
	char *why;		/* where the user came from, for the log */
};

static void
privdrop_target_clear(struct privdrop_target *t)
{
	g_free(t->name);
	g_free(t->why);
	memset(t, 0, sizeof(*t));
}

/* Fills t from a passwd entry, or from a bare uid/gid when there is none
 * (a Maildir owned by a uid the passwd file does not know). */
static void
privdrop_target_set(struct privdrop_target *t, uid_t uid, gid_t gid,
    const char *why)
{
	struct passwd *pw = getpwuid(uid);

	t->uid = uid;
	t->gid = pw != NULL ? pw->pw_gid : gid;
	t->name = pw != NULL ? g_strdup(pw->pw_name) : NULL;
	t->why = g_strdup(why);
}

/* The configured user: a name, or a number. */
static int
privdrop_from_user(const char *user, struct privdrop_target *t, char **err)
{
	struct passwd *pw;
	char *end;
	unsigned long n;

	errno = 0;
	if ((pw = getpwnam(user)) != NULL) {
		privdrop_target_set(t, pw->pw_uid, pw->pw_gid,
		    "[general] user");
		return 0;
	}
	errno = 0;
	n = strtoul(user, &end, 10);
	if (*user != '\0' && *end == '\0' && errno == 0 && n < UINT_MAX &&
	    (pw = getpwuid((uid_t)n)) != NULL) {
		privdrop_target_set(t, pw->pw_uid, pw->pw_gid,
		    "[general] user");
		return 0;
	}
	*err = g_strdup_printf("[general] user \"%s\": no such user", user);
	return -1;
}

/* The owner of the Maildir root, or of its nearest existing parent. */
static int
privdrop_from_maildir(const char *maildir, struct privdrop_target *t,
    char **err)
{
	char *dir = g_strdup(maildir), *why;
	struct stat st;
	int rc = -1;

	for (;;) {
		if (stat(dir, &st) == 0)
			break;
		if (errno != ENOENT && errno != ENOTDIR) {
			*err = g_strdup_printf("stat %s: %s", dir,
			    g_strerror(errno));
			goto out;
		}
		char *up = g_path_get_dirname(dir);
		if (strcmp(up, dir) == 0) {
			g_free(up);
			*err = g_strdup_printf("%s: no existing parent "
			    "directory", maildir);
			goto out;
		}
		g_free(dir);
		dir = up;
	}
	why = g_strdup_printf("owner of %s", dir);
	privdrop_target_set(t, st.st_uid, st.st_gid, why);
	g_free(why);
	rc = 0;
out:
	g_free(dir);
	return rc;
}

/* Switches to t and checks that it stuck. */
static int
privdrop_switch(const struct privdrop_target *t, char **err)
{
	uid_t ru, eu, su;
	gid_t rg, eg, sg;

	if (t->name != NULL ? initgroups(t->name, t->gid) != 0 :
	    setgroups(1, &t->gid) != 0) {
		*err = g_strdup_printf("setting supplementary groups: %s",
		    g_strerror(errno));
		return -1;
	}
	if (setresgid(t->gid, t->gid, t->gid) != 0) {
		*err = g_strdup_printf("setresgid(%lu): %s",
		    (unsigned long)t->gid, g_strerror(errno));
		return -1;
	}
	if (setresuid(t->uid, t->uid, t->uid) != 0) {
		*err = g_strdup_printf("setresuid(%lu): %s",
		    (unsigned long)t->uid, g_strerror(errno));
		return -1;
	}
	if (getresuid(&ru, &eu, &su) != 0 || getresgid(&rg, &eg, &sg) != 0 ||
	    ru != t->uid || eu != t->uid || su != t->uid ||
	    rg != t->gid || eg != t->gid || sg != t->gid) {
		*err = g_strdup("ids did not change as asked");
		return -1;
	}
	/* Neither of these may work once root is given up for good. */
	if (setuid(0) == 0 || seteuid(0) == 0) {
		*err = g_strdup("root could be regained after dropping it");
		return -1;
	}
	return 0;
}

int
privdrop_for_maildir(const char *user, const char *maildir, char **err)
{
	struct privdrop_target t = { 0 };
	int rc = -1;

	*err = NULL;
	if (geteuid() != 0)
		return 0;
	if (user != NULL && *user != '\0') {
		if (privdrop_from_user(user, &t, err) != 0)
			goto out;
	} else if (privdrop_from_maildir(maildir, &t, err) != 0)
		goto out;
	if (t.uid == 0) {
		/* Mail is never written as root (as Dovecot refuses uid
		 * 0): a symlink planted in a root-owned Maildir would let
		 * a sender's bytes land anywhere. */
		*err = g_strdup_printf("%s is root: mail is never written as "
		    "root; set [general] user to the mail user, or chown the "
		    "Maildir (%s) to it", t.why, maildir);
		goto out;
	}
	if (privdrop_switch(&t, err) != 0)
		goto out;
	log_debug("running as %s (uid %lu, gid %lu): %s",
	    t.name != NULL ? t.name : "?", (unsigned long)t.uid,
	    (unsigned long)t.gid, t.why);
	rc = 0;
out:
	privdrop_target_clear(&t);
	return rc;
}
