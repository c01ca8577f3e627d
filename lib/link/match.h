/* Matching owners to citizens: scoring the blocked candidates of each
 * owner with the linkage model, and deciding matched / review / unmatched
 * for the owners of one decision together. */
#ifndef LR_MATCH_H
#define LR_MATCH_H

#include <jansson.h>

#include "util/util.h"
#include "linkage.h"
#include "person.h"
#include "registry.h"

#define LR_MATCH_KEEP 8		/* candidates kept per owner */
#define LR_MATCH_BLOCK 64	/* candidates scored per owner at most */

/* One scored candidate. */
typedef struct lr_cand {
	char citizen_id[13];
	char commune[8];	/* the citizen's commune */
	char village[LR_PART_MAX];	/* the citizen's village key, or "" */
	char born[11];		/* the citizen's birth date, or year, or "" */
	double weight;
	lr_pattern pat;
	double part[LR_NCMP];	/* each comparison's share of weight */
	double prob;		/* the chance it is the owner (lr_match_prob) */
} lr_cand;

/* An owner's status; an organisation is never looked up (LR_ORGANISATION,
 * with no candidate). */
enum lr_status { LR_UNMATCHED, LR_REVIEW, LR_MATCHED, LR_ORGANISATION,
	LR_NSTATUS };

/* An owner's candidates, best first, and the decision. */
typedef struct lr_owner_match {
	lr_cand cand[LR_MATCH_KEEP];
	int ncand;
	enum lr_status status;
	int chosen;		/* index into cand of the citizen, or -1 */
	double weight;		/* of the best candidate still free */
	double rest;		/* log2 of the sum of 2^weight over the
				 * candidates blocked but not kept */
	int name_only;		/* the owner has no ID and no birth year */
	int parcel_street;	/* its street compared is its parcel's */
	int tied;		/* candidates within the margin of the best */
} lr_owner_match;

/* Decision thresholds on the match weight (bits). */
typedef struct lr_thresholds {
	double upper;		/* matched at or above */
	double lower;		/* review at or above, unmatched below */
	double margin;		/* a runner-up this close makes a tie */
	double absent;		/* log2 of the odds mass of "not in the
				 * registry" (lr_absent_weight()) */
	double prob;		/* an owner is also matched at this
				 * probability (and no tie) */
	double name_prob;	/* an owner named without ID or birth year
				 * is also matched at this probability (and
				 * no tie); 0: never */
} lr_thresholds;

#define LR_UPPER_DEFAULT 22.0
#define LR_LOWER_DEFAULT 8.0
#define LR_MARGIN_DEFAULT 5.0
#define LR_PROB_DEFAULT 0.99
/* The probability of an owner named without ID or birth year: at it,
 * bench/linkage --archive's name-only links are 99.5% right (at 0.99,
 * 99.8%, with recall 0.59 against 0.67; with --two-pass 0.64 against
 * 0.70).  Calibrated on generated data, not on real archives. */
#define LR_NAME_PROB_DEFAULT 0.97
#define LR_PRESENT_DEFAULT 0.9	/* share of owners in the registry */
#define LR_PRESENT_MAX 0.99	/* the most an estimate of it may say */

/* The weight of "the owner is not in the registry" against one citizen
 * of a registry of n citizens when a share present of owners is in it:
 * log2(n (1 - present) / present).  A citizen whose 2^weight is small
 * beside it is no more likely than the owner's absence. */
double lr_absent_weight(long n, double present);

/* The probability that candidate c of om is the owner: 2^weight over
 * 2^absent plus the 2^weight of every candidate blocked (so a name many
 * citizens share, with many namesakes blocked, counts for less). */
double lr_match_prob(const lr_owner_match *om, const lr_cand *c,
    double absent);

/* Find and score the candidates of owner in r with model m into om (best
 * LR_MATCH_KEEP kept); an organisation owner gets status LR_ORGANISATION
 * and no candidate, and is not looked up.  When em is not NULL every blocked pair's pattern is
 * also counted there.  Returns the number of candidates scored, or -1 with
 * err set. */
int lr_match_score(lr_registry *r, const lr_model *m, const lr_person *owner,
    lr_owner_match *om, lr_em *em, lr_err *err);

/* Score owners[0..n-1] into om[0..n-1] as lr_match_score() does, with
 * nregs threads, thread i using only regs[i] (one connection each to the
 * same registry).  m is shared, read-only.  Returns 0, or -1 with err set
 * (the first failure). */
int lr_match_score_many(lr_registry *const *regs, int nregs,
    const lr_model *m, const lr_person *owners, lr_owner_match *om, int n,
    lr_err *err);

/* Household evidence for the n owners of one decision: spouse[i] is the
 * index of the owner the document names as owner i's spouse, or -1.  The
 * spouse's plausible candidates are those within margin of its best; a
 * candidate of i living in the commune and village of one of them
 * (another citizen) gets the household level "together", else "apart"
 * (when the candidate's village and that of a plausible candidate of the
 * spouse are known; else the level is missing); the weights change by
 * the model's and each list is sorted again.  Call after scoring, before
 * lr_match_decide(). */
void lr_match_household(lr_owner_match *om, int n, const int *spouse,
    const lr_model *m, double margin);

/* Set comparison cmp of each candidate j of om to level[j] weighing
 * weight[j] (0 for level 0, missing), change the candidates' weights and
 * sort the list again: the evidence of the other owners of a decision
 * (lr_match_household()) or of other decisions (lr_match_recur()). */
void lr_match_adjust(lr_owner_match *om, int cmp, const signed char *level,
    const double *weight);

/* Decide the n owners of one decision: an owner is matched when its best
 * free candidate reaches t->upper, or the probability t->prob, and no
 * other candidate (its own, or
 * another owner's claim on the same citizen) comes within t->margin;
 * review at or above t->lower; else unmatched.  No two owners get the same
 * citizen.  An organisation keeps its status.  Deciding again (after
 * new evidence) undoes what was decided before. */
void lr_match_decide(lr_owner_match *om, int n, const lr_thresholds *t);

/* "matched", "review", "unmatched", "organisation". */
const char *lr_status_name(enum lr_status s);

/* {"status", "weight", "candidates": [{"citizen_id", "born", "weight",
 * "why"}]} with the top candidates at most ("born": the citizen's birth
 * date or year, what tells namesakes apart to a clerk; left out when the
 * registry has none); an organisation's is {"status"} alone.  New
 * reference. */
json_t *lr_match_json(const lr_owner_match *om, int top);

#endif
