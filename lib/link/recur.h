/* Evidence carried between the decisions of one run: the citizens linked
 * on an ID or a birth date or year, and by which decision, so that an
 * owner of another decision named without them finds the same person
 * named again. */
#ifndef LR_RECUR_H
#define LR_RECUR_H

#include "linkage.h"
#include "match.h"
#include "registry.h"

/* The citizens linked in a run; opaque. */
typedef struct lr_recur lr_recur;

/* A new empty set; NULL when out of memory.  Free with lr_recur_free(). */
lr_recur *lr_recur_new(void);

/* Free s (NULL is allowed). */
void lr_recur_free(lr_recur *s);

/* Remember the owners of decision doc (om[0..n-1], decided) matched on an
 * ID or a birth date or year: not those named by name alone, whose link
 * is itself the evidence's to weigh.  Returns 0, or -1 when out of
 * memory. */
int lr_recur_add_links(lr_recur *s, const lr_owner_match *om, int n,
    long doc);

/* Is citizen_id linked to an owner of a decision other than doc? */
int lr_recur_elsewhere(const lr_recur *s, const char *citizen_id, long doc);

/* The u of "linked in another decision" for a citizen living in
 * commune (may be ""): the share of the commune's citizens in registry r
 * (of citizens citizens) linked so far, since an archive is local and
 * so are the namesakes of its owners; the registry's share when the
 * commune is unknown or unlinked. */
double lr_recur_u(const lr_recur *s, const lr_registry *r, long citizens,
    const char *commune);

/* The weight of "linked in another decision" for a citizen of commune:
 * log2(m/u), with u lr_recur_u()'s and m the share of the links so far
 * whose citizen is linked by another decision too (how often people
 * recur in this archive; one recurring and one lone link added, so that
 * a few links say little); 0 when below (a person named once is no
 * evidence against anyone). */
double lr_recur_weight(const lr_recur *s, const lr_registry *r,
    long citizens, const char *commune);

/* The owners om[0..n-1] of decision doc: a candidate linked to an owner
 * of another decision gets the level LR_RECUR_LINKED of the comparison
 * LR_CMP_RECUR at lr_recur_weight(), the others none; each list is sorted
 * again.  Call after lr_match_household(), then decide again
 * (lr_match_decide()). */
void lr_match_recur(lr_owner_match *om, int n, const lr_recur *s, long doc,
    const lr_registry *r, long citizens);

#endif
