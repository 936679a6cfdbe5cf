/* Leases (ledger.h): one holder of a name at a time, for a while. Times
 * are the hosts' clocks: keep them in step (NTP), as the lease is only
 * as exact as they are. */
#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"

int
ledger_lease(struct ledger *l, const char *name, const char *holder,
    time_t now, int secs, const char *gone, char **other, char **err)
{
	struct lst *st;
	int changes = 0, rc;

	*other = NULL;
	if (ledger_exec(l, &changes, err, "INSERT INTO leases (name, holder,"
	    " expires) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO UPDATE SET"
	    " holder = excluded.holder, expires = excluded.expires"
	    " WHERE leases.holder = excluded.holder OR leases.expires <= ?4"
	    " OR leases.holder = ?5", "ttiit", name, holder,
	    (long long)now + secs, (long long)now, gone != NULL ? gone : "")
	    != 0)
		return -1;
	if (changes == 1)
		return 1;
	if ((st = ledger_prepare(l, err, "SELECT holder FROM leases WHERE"
	    " name = ?1", "t", name)) == NULL)
		return -1;
	if ((rc = lst_step(st)) == LST_ROW)
		*other = ledger_column_text(st, 0);
	else if (rc == LST_ERROR)
		ledger_fail(l, err);
	lst_free(st);
	return rc == LST_ERROR ? -1 : 0;
}

int
ledger_lease_release(struct ledger *l, const char *name, const char *holder,
    char **err)
{
	return ledger_exec(l, NULL, err, "DELETE FROM leases WHERE name = ?1"
	    " AND holder = ?2", "tt", name, holder);
}
