/* The insides of alerts, shared by alert.c (events, the queue, sending)
 * and alert-digest.c (digests). Nothing else includes this. */
#ifndef ALERT_INT_H
#define ALERT_INT_H

#include <glib.h>

/* A copy of s kept in k until k goes (NULL stays NULL). */
const char *alert_keep(GPtrArray *k, const char *s);

#endif
