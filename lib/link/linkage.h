/* Probabilistic record linkage in the Fellegi-Sunter form: each comparison
 * of an owner with a citizen falls into a level; each level adds
 * log2(m/u) to the match weight (m: the chance of the level for the same
 * person, u: for two different people).  Family and given names get a
 * term-frequency adjustment.  The m/u values are shipped defaults or
 * estimated by EM from a batch (lr_em). */
#ifndef LR_LINKAGE_H
#define LR_LINKAGE_H

#include <jansson.h>

#include "util/util.h"
#include "person.h"

/* The comparisons, in output order. */
enum lr_cmp {
	LR_CMP_ID, LR_CMP_OLD_ID, LR_CMP_FAMILY, LR_CMP_MIDDLE, LR_CMP_GIVEN,
	LR_CMP_BIRTH, LR_CMP_SEX, LR_CMP_COMMUNE, LR_CMP_VILLAGE,
	LR_CMP_STREET, LR_CMP_AGE,
	LR_CMP_HOUSEHOLD, LR_CMP_PARCEL, LR_CMP_RECUR, LR_NCMP
};

/* Level 0 of every comparison is "missing" (a side does not say): weight 0. */
#define LR_MAX_LEVELS 8

/* The level of each comparison for one pair. */
typedef struct lr_pattern {
	signed char level[LR_NCMP];
} lr_pattern;

/* Term frequencies of the candidate's family and given names and of its
 * commune: the share of the registry with that name, or living there; of
 * its village: the share of its commune living there.  Zeros mean no
 * adjustment. */
typedef struct lr_tf {
	double family, given, commune, village;
} lr_tf;

/* m/u values for every level; opaque. */
typedef struct lr_model lr_model;

/* A model with the shipped default m/u values; NULL when out of memory.
 * Free with lr_model_free(). */
lr_model *lr_model_new(void);

/* Free m (NULL is allowed). */
void lr_model_free(lr_model *m);

/* Names of a comparison and its levels, and the number of levels. */
const char *lr_cmp_name(int cmp);
const char *lr_level_name(int cmp, int level);
int lr_cmp_levels(int cmp);

/* Levels of the household comparison (lr_match_household()). */
enum { LR_HH_TOGETHER = 1, LR_HH_APART };

/* The level of the comparison of other decisions (lr_match_recur()). */
enum { LR_RECUR_LINKED = 1 };

/* log2(m/u) of a level of the model (0 for level 0, missing). */
double lr_model_level_weight(const lr_model *m, int cmp, int level);

/* The m and u of a level of the model. */
void lr_model_mu(const lr_model *m, int cmp, int level, double *pm,
    double *pu);

/* Compare owner (as read off a scan) with citizen: fill pat.  The commune
 * agrees through the unit history ("became") when the owner's commune is
 * an old one (lr_owner_in_decision()); another commune is in the same
 * district, the same province, or differs, when both sides are placed
 * (lr_person_place()), else it is "elsewhere"; "age" compares the citizen's age at
 * the owner's decision, when the owner has no birth year, with the age of
 * a land user (a child or someone not yet born is not one); "parcel"
 * compares the place of the owner's parcel with the citizen's home, for
 * what the owner's own address leaves out (its village, or its commune
 * and village); "street" compares the street and house number of a town
 * address, the owner's (else its parcel's), with the citizen's, when both
 * lie in the citizen's commune. */
void lr_compare(const lr_person *owner, const lr_person *citizen,
    lr_pattern *pat);

/* The match weight of pat: the sum over comparisons of log2(m/u), with the
 * term-frequency adjustment log2(u/tf) on the agreeing levels of family
 * and given names and on an agreeing commune or village (u of the exact
 * level), so that an exact name weighs log2(m/tf): the registry's own
 * share of the name (or commune, or village in its commune) is its u.  part (may be
 * NULL) receives each comparison's share. */
double lr_model_weight(const lr_model *m, const lr_pattern *pat,
    const lr_tf *tf, double part[LR_NCMP]);

/* The "why" object of a pair: {"id": {"level": "exact", "weight": 23.1},
 * ...}, comparisons at level missing left out; a commune that agrees
 * through the unit history gets "note": "became 03172 in 2025" with the
 * citizen's commune (may be NULL).  New reference. */
json_t *lr_why_json(const lr_pattern *pat, const double part[LR_NCMP],
    const char *commune);

/* Agreement-pattern counts of a batch, for EM. */
typedef struct lr_em lr_em;

/* New empty counts; NULL when out of memory.  Free with lr_em_free(). */
lr_em *lr_em_new(void);

/* Count one blocked pair's pattern.  Returns 0, or -1 when out of memory. */
int lr_em_add(lr_em *e, const lr_pattern *pat);

/* The number of pairs and distinct patterns counted. */
long lr_em_pairs(const lr_em *e);
long lr_em_patterns(const lr_em *e);

/* Estimate the m values and the match share lambda by expectation-
 * maximisation over the counted patterns (a two-class mixture whose
 * non-match class has its own u, the u of blocked pairs), starting from
 * and pulled lightly towards m's current values.  owners, the number of
 * owners whose pairs were counted, bounds the matches: each owner is at
 * most one person (0: no bound).  The m values replace m's;
 * its u values (chances between random citizens) are kept so the weights
 * keep the scale of the thresholds.  Returns the number of iterations, or
 * -1 with err set when there are too few pairs. */
int lr_em_fit(lr_em *e, lr_model *m, long owners, double *lambda,
    lr_err *err);

/* Free e (NULL is allowed). */
void lr_em_free(lr_em *e);

#endif
