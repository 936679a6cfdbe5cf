/* SLA tracking on the Maildir: answered and resolved.
 *
 * One pass over the triage folders (new/ and cur/ of each) indexes the
 * files by base name; the ledger's messages are looked up there. The R
 * flag (set by Dovecot when an agent replies) gives a first response at
 * the file's change time; the resolved folder, or all of a ticket's
 * files gone, resolves it. The messages of an incident's tickets get
 * X-Triage-Incident, rewritten the way an escalation moves them.
 *
 * Escalation is in sla-escalate.c. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "conf.h"
#include "ledger.h"
#include "log.h"
#include "maildir.h"
#include "mt.h"
#include "sla-int.h"
#include "sla-ticket.h"
#include "sla.h"
#include "tag.h"

struct sla_file {
	char *folder;
	char *path;
	char *flags;		/* after ":2,", "" in new/ */
	time_t ctime;
};

time_t
sla_now(void)
{
	const char *s = g_getenv("MAILTRIAGE_NOW");
	char *end;
	long long v;

	if (s != NULL && *s != '\0') {
		v = g_ascii_strtoll(s, &end, 10);
		if (*end == '\0' && v > 0)
			return (time_t)v;
		log_warn("ignoring MAILTRIAGE_NOW=%s: not epoch seconds", s);
	}
	return time(NULL);
}

static void
sla_file_free(gpointer p)
{
	struct sla_file *f = p;

	g_free(f->folder);
	g_free(f->path);
	g_free(f->flags);
	g_free(f);
}

static void
sla_index_dir(GHashTable *idx, const char *root, const char *folder,
    const char *sub)
{
	char *fp = maildir_folder_path(root, folder);
	char *dir = g_build_filename(fp, sub, NULL);
	DIR *d = opendir(dir);
	struct dirent *e;

	while (d != NULL && (e = readdir(d)) != NULL) {
		struct sla_file *f;
		struct stat sb;
		const char *colon;

		if (e->d_name[0] == '.')
			continue;
		f = g_new0(struct sla_file, 1);
		f->folder = g_strdup(folder);
		f->path = g_build_filename(dir, e->d_name, NULL);
		colon = strstr(e->d_name, ":2,");
		f->flags = g_strdup(colon != NULL ? colon + 3 : "");
		f->ctime = stat(f->path, &sb) == 0 ? sb.st_ctime : 0;
		g_hash_table_replace(idx, colon != NULL ?
		    g_strndup(e->d_name, colon - e->d_name) :
		    g_strdup(e->d_name), f);
	}
	if (d != NULL)
		closedir(d);
	g_free(dir);
	g_free(fp);
}

/* Base file name -> where it is, over every folder mailtriage files to. */
static GHashTable *
sla_index(const struct conf *c)
{
	GHashTable *idx = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, sla_file_free);
	GPtrArray *folders = g_ptr_array_new();
	char **teams = conf_team_folders(c, NULL);

	for (int i = 0; i < LEVEL_COUNT; i++)
		g_ptr_array_add(folders, c->level[i].folder);
	g_ptr_array_add(folders, c->resolved_folder);
	g_ptr_array_add(folders, c->pending_folder);
	g_ptr_array_add(folders, c->error_folder);
	g_ptr_array_add(folders, c->agent_folder);
	/* A ticket whose messages an agent moved to a team stays open. */
	for (size_t i = 0; teams[i] != NULL; i++)
		g_ptr_array_add(folders, teams[i]);
	for (guint i = 0; i < folders->len; i++) {
		const char *f = g_ptr_array_index(folders, i);
		int seen = 0;

		for (guint j = 0; j < i; j++)
			seen |= strcmp(f, g_ptr_array_index(folders, j)) == 0;
		if (seen)
			continue;
		sla_index_dir(idx, c->maildir, f, "new");
		sla_index_dir(idx, c->maildir, f, "cur");
	}
	g_ptr_array_unref(folders);
	g_strfreev(teams);
	return idx;
}

static int
sla_collect(const struct ledger_open_ticket *t, void *arg)
{
	struct ledger_open_ticket copy = *t;

	copy.from_addr = g_strdup(t->from_addr);
	copy.subject = g_strdup(t->subject);
	copy.signals = g_strdup(t->signals);
	copy.reasons = g_strdup(t->reasons);
	copy.tier = g_strdup(t->tier);
	copy.folder = g_strdup(t->folder);
	g_array_append_val((GArray *)arg, copy);
	return 0;
}

static void
sla_ticket_clear(gpointer p)
{
	ledger_open_ticket_clear(p);
}

GArray *
sla_open_tickets(struct ledger *l, char **err)
{
	GArray *a = g_array_new(FALSE, TRUE,
	    sizeof(struct ledger_open_ticket));

	g_array_set_clear_func(a, sla_ticket_clear);
	if (ledger_each_open_ticket(l, sla_collect, a, err) != 0) {
		g_array_unref(a);
		return NULL;
	}
	return a;
}

/* The level whose folder folder is, or -1. */
static int
sla_level_of_folder(const struct conf *c, const char *folder)
{
	for (int l = 0; l < LEVEL_COUNT; l++)
		if (strcmp(c->level[l].folder, folder) == 0)
			return l;
	return -1;
}

/* What the Maildir shows of message m: where its file is (by the name the
 * ledger has, or the one a half-done escalation planned) and its flags;
 * the flag change or the move renamed the file, so its ctime is about
 * when. */
static void
sla_seen_file(const struct conf *c, GHashTable *idx,
    const struct ledger_ticket_msg *m, struct sla_seen *s)
{
	const struct sla_file *f = g_hash_table_lookup(idx, m->file);

	if (f == NULL && m->next_file != NULL)
		f = g_hash_table_lookup(idx, m->next_file);
	memset(s, 0, sizeof(*s));
	s->message = m->id;
	s->recorded = m->folder;
	s->file = m->file;
	s->level = -1;
	if (f == NULL)
		return;		/* gone */
	s->folder = f->folder;
	s->path = f->path;
	s->agent = g_strcmp0(f->folder, c->agent_folder) == 0;
	s->resolved = strcmp(f->folder, c->resolved_folder) == 0;
	s->pending = strcmp(f->folder, c->pending_folder) == 0;
	s->since = f->ctime;
	if (strchr(f->flags, 'R') != NULL)
		s->answered = f->ctime != 0 ? f->ctime : 1;
	/* A move an escalation is making is its own, not an agent's. */
	s->moved = m->next_file == NULL && (strcmp(f->folder, m->folder) != 0 ||
	    g_strcmp0(f->path, m->path) != 0);
	if (s->moved)
		s->level = sla_level_of_folder(c, f->folder);
}

/* One ticket: answered? resolved? moved by an agent? */
static int
sla_refresh_ticket(const struct conf *c, struct ledger *l, GHashTable *idx,
    struct ledger_open_ticket *t, time_t now, struct sla_stats *st,
    char **err)
{
	struct ledger_ticket_msg *m = NULL;
	struct sla_seen *seen = NULL;
	size_t n = 0, files = 0;
	int rc = -1, closed;

	if (ledger_ticket_msgs(l, t->id, &m, &n, err) != 0)
		return -1;
	seen = g_new0(struct sla_seen, n + 1);
	for (size_t i = 0; i < n; i++)
		/* else not a Maildir message (IMAP, LMTP) */
		if (maildir_is_name(m[i].file))
			sla_seen_file(c, idx, &m[i], &seen[files++]);
	if (ledger_begin(l, err) != 0)
		goto out;
	if (sla_ticket_refresh(c, l, t, seen, files, n > 0 ? m[0].signals :
	    NULL, n > 0 ? m[0].rules : NULL, now, "", st, &closed,
	    err) != 0) {
		ledger_rollback(l);
		goto out;
	}
	rc = ledger_commit(l, err);
out:
	g_free(seen);
	ledger_ticket_msgs_free(m, n);
	return rc;
}

static int sla_incident_tags(const struct conf *c, struct ledger *l,
    const struct ledger_open_ticket *t, struct sla_stats *st, char **err);

int
sla_refresh(const struct conf *c, struct ledger *l, time_t now,
    struct sla_stats *st, char **err)
{
	GHashTable *idx = sla_index(c);
	GArray *open = sla_open_tickets(l, err);
	int rc = 0;

	for (guint i = 0; open != NULL && i < open->len && rc == 0; i++)
		rc = sla_refresh_ticket(c, l, idx, &g_array_index(open,
		    struct ledger_open_ticket, i), now, st, err);
	for (guint i = 0; open != NULL && i < open->len && rc == 0; i++)
		rc = sla_incident_tags(c, l, &g_array_index(open,
		    struct ledger_open_ticket, i), st, err);
	g_hash_table_destroy(idx);
	if (open == NULL)
		return -1;
	g_array_unref(open);
	return rc;
}

/* Every X-Triage-* field as it is, plus X-Triage-Incident: *arg. */
static char *
sla_rewrite_incident(const char *raw, size_t len, const void *arg,
    size_t *outlen)
{
	static const char *const keep[] = { "X-Triage-Priority",
	    "X-Triage-Signals", "X-Triage-Category", "X-Triage-Rules",
	    "X-Triage-Reasons", "X-Triage-SLA-Due", "X-Triage-Auto",
	    "X-Triage-Language", "X-Triage-Ticket", "X-Triage-Error",
	    "X-Triage-Escalated" };
	struct tag_field f[G_N_ELEMENTS(keep) + 1];
	char *vals[G_N_ELEMENTS(keep)], id[32], *out;
	size_t n = 0;

	for (size_t i = 0; i < G_N_ELEMENTS(keep); i++)
		if ((vals[i] = tag_get(raw, len, keep[i])) != NULL)
			f[n++] = (struct tag_field){ keep[i], vals[i] };
	snprintf(id, sizeof(id), "%lld", *(const long long *)arg);
	f[n++] = (struct tag_field){ "X-Triage-Incident", id };
	out = tag_apply(raw, len, f, n, outlen);
	for (size_t i = 0; i < G_N_ELEMENTS(keep); i++)
		g_free(vals[i]);
	return out;
}

/* The messages of an incident's ticket get X-Triage-Incident, also
 * those filed before it opened: each rewritten once, like an
 * escalation's move but within its folder (planned in the ledger first,
 * so a run that dies is finished by the next without a second copy). */
static int
sla_incident_tags(const struct conf *c, struct ledger *l,
    const struct ledger_open_ticket *t, struct sla_stats *st, char **err)
{
	struct ledger_ticket_msg *m = NULL;
	size_t n = 0;
	int rc = 0;

	if (t->incident == 0)
		return 0;
	if (ledger_ticket_msgs(l, t->id, &m, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct ledger_ticket_msg mm = m[i];
		char *path = NULL, *raw = NULL, *has, *name, *done = NULL;
		size_t len = 0;

		if (!maildir_is_name(m[i].file) || strcmp(m[i].folder,
		    c->resolved_folder) == 0)
			continue;
		if (m[i].next_file != NULL) {
			/* Left by a run that died: ours when no escalation of
			 * the ticket is still moving (then finish it: write it
			 * unless it is there), else the escalation's. */
			int esc = maildir_find(c->maildir, m[i].folder,
			    m[i].next_file, &done) == 1 ? 0 :
			    ledger_escalation_moving(l, t->id, err);

			g_free(done);
			if (esc < 0) {
				rc = -1;
				break;
			}
			if (esc == 0)
				rc = sla_move_one(c, l, &m[i],
				    sla_rewrite_incident, &t->incident, -1,
				    m[i].folder, st, err);
			continue;
		}
		if ((path = sla_locate(c, &m[i])) == NULL ||
		    !g_file_get_contents(path, &raw, &len, NULL)) {
			g_free(path);
			continue;
		}
		has = tag_get(raw, len, "X-Triage-Incident");
		if (has == NULL) {
			/* Named after the size it will have (S=). */
			size_t olen = 0;
			char *out = sla_rewrite_incident(raw, len, &t->incident,
			    &olen);

			free(out);
			name = maildir_unique_name(olen);
			if ((rc = ledger_plan_move(l, m[i].id, name, err)) == 0) {
				mm.next_file = name;
				rc = sla_move_one(c, l, &mm, sla_rewrite_incident,
				    &t->incident, -1, m[i].folder, st, err);
			}
			free(name);
		}
		g_free(has);
		g_free(raw);
		g_free(path);
	}
	ledger_ticket_msgs_free(m, n);
	return rc;
}
