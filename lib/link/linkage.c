/* Fellegi-Sunter comparisons, levels, default m/u values and weights. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jaro.h"
#include "linkage-int.h"

struct level_def {
	const char *name;
	double m, u;
};

struct cmp_def {
	const char *name;
	int nlevels;
	int tf_levels;		/* levels 1..tf_levels get the TF adjustment */
	struct level_def lv[LR_MAX_LEVELS];
};

/* The shipped defaults.  Level 0 ("missing") always weighs 0. */
static const struct cmp_def cmps[LR_NCMP] = {
	[LR_CMP_ID] = { "id", 5, 0, { { "missing", 1, 1 },
		{ "exact", 0.90, 1e-7 }, { "one-digit", 0.05, 1e-6 },
		{ "inconsistent", 0.03, 0.99 }, { "differs", 0.005, 0.999999 } } },
	[LR_CMP_OLD_ID] = { "old_id", 3, 0, { { "missing", 1, 1 },
		{ "exact", 0.90, 1e-6 }, { "differs", 0.10, 0.999999 } } },
	[LR_CMP_FAMILY] = { "family", 6, 3, { { "missing", 1, 1 },
		{ "exact", 0.86, 0.15 }, { "toneless", 0.08, 0.03 },
		{ "ascii", 0.03, 0.015 }, { "similar", 0.025, 0.02 },
		{ "differs", 0.005, 0.785 } } },
	[LR_CMP_MIDDLE] = { "middle", 6, 0, { { "missing", 1, 1 },
		{ "exact", 0.85, 0.25 }, { "ascii", 0.08, 0.04 },
		{ "similar", 0.02, 0.03 }, { "swapped", 0.01, 0.001 },
		{ "differs", 0.04, 0.679 } } },
	[LR_CMP_GIVEN] = { "given", 8, 3, { { "missing", 1, 1 },
		{ "exact", 0.84, 0.02 }, { "toneless", 0.08, 0.004 },
		{ "ascii", 0.03, 0.003 }, { "jw-high", 0.02, 0.003 },
		{ "jw-mid", 0.01, 0.01 }, { "swapped", 0.01, 0.0005 },
		{ "differs", 0.01, 0.9595 } } },
	[LR_CMP_BIRTH] = { "birth", 7, 0, { { "missing", 1, 1 },
		{ "date", 0.55, 0.00006 }, { "year", 0.33, 0.018 },
		{ "year-date-differs", 0.01, 0.018 }, { "year-off-by-one", 0.06,
		0.036 }, { "date-one-digit", 0.01, 0.0006 },
		{ "differs", 0.03, 0.928 } } },
	[LR_CMP_SEX] = { "sex", 3, 0, { { "missing", 1, 1 },
		{ "agree", 0.98, 0.5 }, { "differs", 0.02, 0.5 } } },
	/* agree and became are each the level of an owner of their era.
	 * Another commune is weighed by how far: the same district, the
	 * same province, another province; "elsewhere" when the units of a
	 * side are unknown.  The u of district and province are the shares
	 * of citizen pairs of bench/linkage's registry (one province), that
	 * of another province a nation's; agree is adjusted by the
	 * registry's share of the commune (lr_tf, tf_part()).  The m of the
	 * far levels are priors (people who moved, codes misread: the
	 * generator moves nobody), learnt by --train. */
	[LR_CMP_COMMUNE] = { "commune", 7, 1, { { "missing", 1, 1 },
		{ "agree", 0.92, 0.02 }, { "became", 0.90, 0.03 },
		{ "district", 0.02, 0.10 }, { "province", 0.03, 0.89 },
		{ "differs", 0.03, 0.98 }, { "elsewhere", 0.08, 0.98 } } },
	/* agree is adjusted by the share of the commune's citizens living
	 * in the village (lr_tf): u is one village in a hundred, but a
	 * commune has tens, and a numbered "thôn 1" is in most. */
	[LR_CMP_VILLAGE] = { "village", 4, 1, { { "missing", 1, 1 },
		{ "agree", 0.80, 0.01 }, { "similar", 0.05, 0.01 },
		{ "differs", 0.15, 0.98 } } },
	/* The street of a town address ("số 12, đường Trần Phú"), the
	 * owner's (else its parcel's) against the citizen's, in the
	 * citizen's commune (street names repeat from town to town): the
	 * same house number, the same street with a number on one side
	 * only, another number, another street.  u of house and
	 * other-number are bench/linkage-gen.py's towns (ten streets a
	 * commune, 150 numbers a street); the share of addresses without a
	 * number (a fifth, for street's u) and all m are priors: an address
	 * copied, a number left out, a move within the town.  None is
	 * fitted on real data; --train learns them. */
	[LR_CMP_STREET] = { "street", 5, 0, { { "missing", 1, 1 },
		{ "house", 0.76, 0.00053 }, { "street", 0.19, 0.02 },
		{ "other-number", 0.01, 0.079 }, { "differs", 0.04, 0.90 } } },
	/* The citizen's age on the date of the decision of an owner named
	 * without a birth year.  u: the shares of citizen-decision pairs at
	 * each level for births spread evenly over 1940-2005 (bench/linkage's
	 * registry) and decisions over 1994-2025 (the archive's years):
	 * 0.79 adult, 0.18 minor, 0.034 unborn.  m are priors: a land user is
	 * a household's head or an individual, of age (18, Civil Code 2015
	 * art. 20) but for an heir; one born after the decision only through
	 * a wrong date in the registry or a misread one on the decision.  So
	 * an adult weighs +0.33 bits, never enough to make a link; the other
	 * levels only push a namesake down.  "dead": the registry says the
	 * citizen died before the decision, whatever the owner's birth; its
	 * u is a prior (a registry of the living and the dead), its m that of
	 * a wrong date. */
	[LR_CMP_AGE] = { "age", 5, 0, { { "missing", 1, 1 },
		{ "adult", 0.994, 0.79 }, { "minor", 0.005, 0.18 },
		{ "unborn", 0.0005, 0.034 }, { "dead", 0.0005, 0.05 } } },
	/* Owners the document names as spouses (or one household): does a
	 * candidate live in the village of a candidate of the spouse?  Set
	 * by lr_match_household(), never by lr_compare(). */
	[LR_CMP_HOUSEHOLD] = { "household", 3, 0, { { "missing", 1, 1 },
		{ "together", 0.85, 0.05 }, { "apart", 0.15, 0.95 } } },
	/* Where the owner's parcel lies against the citizen's home, for what
	 * the owner's address leaves out.  The owner's commune is the
	 * parcel's, its village unread: "village" (the citizen lives in the
	 * parcel's village; u is the share of the commune living there,
	 * lr_tf) or "other-village".  The owner has no commune: the
	 * citizen lives in the parcel's commune and village, in the commune
	 * in another village, or elsewhere; "in-commune" when the parcel's
	 * village or the citizen's is unknown, so that only the commune is
	 * compared (its m is those of the two levels it stands for).  m:
	 * people live where their parcels mostly are, 65% in the village,
	 * 22% elsewhere in the commune, 13% in another commune
	 * (bench/linkage-gen.py --archive; --train learns them); u of the
	 * commune as the commune comparison's. */
	[LR_CMP_PARCEL] = { "parcel", 7, 1, { { "missing", 1, 1 },
		{ "village", 0.75, 0.07 }, { "other-village", 0.25, 0.93 },
		{ "commune-village", 0.65, 0.0015 }, { "commune", 0.22, 0.02 },
		{ "elsewhere", 0.13, 0.98 }, { "in-commune", 0.87, 0.02 } } },
	/* The citizen is linked, on an ID or a birth date or year, to an
	 * owner of another decision of the run: the same person named again.
	 * Weighed as the run measures it (lr_recur_weight()): m the share
	 * of the run's links whose citizen is linked by another decision
	 * too (how often people recur in this archive), u the share of the
	 * citizen's commune linked; never below 0 bits.  These m and u are
	 * a prior, for --show-model.  Set by lr_match_recur(),
	 * never by lr_compare(); no level for "not linked": a decision's
	 * owner named once is no evidence against anyone. */
	[LR_CMP_RECUR] = { "other_decisions", 2, 0, { { "missing", 1, 1 },
		{ "linked", 0.40, 0.01 } } },
};

#define ADULT_AGE 18	/* the youngest land user at a decision */

/* Levels, named for the comparisons below. */
enum { MISSING = 0 };
enum { ID_EXACT = 1, ID_ONE, ID_SUSPECT, ID_DIFFERS };
enum { OLD_EXACT = 1, OLD_DIFFERS };
enum { F_EXACT = 1, F_TONELESS, F_ASCII, F_SIMILAR, F_DIFFERS };
enum { M_EXACT = 1, M_ASCII, M_SIMILAR, M_SWAPPED, M_DIFFERS };
enum { G_EXACT = 1, G_TONELESS, G_ASCII, G_JW_HIGH, G_JW_MID, G_SWAPPED,
	G_DIFFERS };
enum { B_DATE = 1, B_YEAR, B_YEAR_DATE, B_OFF1, B_TYPO, B_DIFFERS };
enum { A_AGREE = 1, A_DIFFERS };	/* sex */
enum { C_AGREE = 1, C_BECAME, C_DISTRICT, C_PROVINCE, C_DIFFERS,
	C_ELSEWHERE };
enum { S_HOUSE = 1, S_STREET, S_OTHER_NUMBER, S_DIFFERS };
enum { AGE_ADULT = 1, AGE_MINOR, AGE_UNBORN, AGE_DEAD };
enum { V_AGREE = 1, V_SIMILAR, V_DIFFERS };
enum { P_VILLAGE = 1, P_OTHER_VILLAGE, P_COMMUNE_VILLAGE, P_COMMUNE,
	P_ELSEWHERE, P_IN_COMMUNE };

lr_model *
lr_model_new(void)
{
	lr_model *m = calloc(1, sizeof(*m));

	if (m == NULL)
		return NULL;
	for (int c = 0; c < LR_NCMP; c++)
		for (int l = 0; l < cmps[c].nlevels; l++) {
			m->m[c][l] = cmps[c].lv[l].m;
			m->u[c][l] = cmps[c].lv[l].u;
		}
	return m;
}

void
lr_model_free(lr_model *m)
{
	free(m);
}

const char *
lr_cmp_name(int cmp)
{
	return cmps[cmp].name;
}

const char *
lr_level_name(int cmp, int level)
{
	return cmps[cmp].lv[level].name;
}

int
lr_cmp_levels(int cmp)
{
	return cmps[cmp].nlevels;
}

double
lr_model_level_weight(const lr_model *m, int cmp, int level)
{
	return level == MISSING ? 0 : log2(m->m[cmp][level] / m->u[cmp][level]);
}

void
lr_model_mu(const lr_model *m, int cmp, int level, double *pm, double *pu)
{
	*pm = m->m[cmp][level];
	*pu = m->u[cmp][level];
}

/* Do two IDs differ in one digit, or in two neighbours swapped (a
 * misprint or a misreading)? */
static int
id_near(const char *a, const char *b)
{
	int diff = 0, at = -1;

	for (int i = 0; a[i] != '\0' && b[i] != '\0'; i++)
		if (a[i] != b[i]) {
			if (diff++ == 0)
				at = i;
		}
	if (diff == 1)
		return 1;
	return diff == 2 && a[at] == b[at + 1] && a[at + 1] == b[at];
}

static int
cmp_id(const lr_person *o, const lr_person *c)
{
	if (o->id[0] == '\0' || c->id[0] == '\0')
		return MISSING;
	if (strcmp(o->id, c->id) == 0)
		return ID_EXACT;
	if (strlen(o->id) == strlen(c->id) && id_near(o->id, c->id))
		return ID_ONE;
	return o->id_suspect ? ID_SUSPECT : ID_DIFFERS;
}

static int
cmp_old_id(const lr_person *o, const lr_person *c)
{
	if (o->old_id[0] == '\0' || c->old_id[0] == '\0')
		return MISSING;
	return strcmp(o->old_id, c->old_id) == 0 ? OLD_EXACT : OLD_DIFFERS;
}

/* Compare one name part in its three forms: 0 exact, 1 toneless, 2 ascii,
 * 3 not equal in any form; -1 when a side is empty. */
static int
part_level(const char a[][LR_PART_MAX], const char b[][LR_PART_MAX])
{
	if (a[LR_KEY_LOW][0] == '\0' || b[LR_KEY_LOW][0] == '\0')
		return -1;
	for (int k = 0; k < LR_NKEYS; k++)
		if (strcmp(a[k], b[k]) == 0)
			return k;
	return LR_NKEYS;
}

/* Equal, or a one-edit typo of each other. */
static int
near(const char *a, const char *b)
{
	return strcmp(a, b) == 0 || lr_one_edit(a, b);
}

/* Are the owner's given and last middle names the citizen's last middle
 * and given names, at most one of them with a one-edit typo? */
static int
swapped(const lr_person *o, const lr_person *c)
{
	const char *og = o->given[LR_KEY_ASCII], *cg = c->given[LR_KEY_ASCII];

	if (o->middle_last[0] == '\0' || c->middle_last[0] == '\0' ||
	    strcmp(og, cg) == 0)
		return 0;
	if (strcmp(og, c->middle_last) == 0)
		return near(o->middle_last, cg);
	return strcmp(o->middle_last, cg) == 0 && near(og, c->middle_last);
}

/* Jaro-Winkler similarity of two keys, 0.9 at least for a one-edit typo
 * (short names score low on Jaro-Winkler for one typo). */
static double
similarity(const char *a, const char *b)
{
	double jw = lr_jaro_winkler(a, b);

	return jw < 0.9 && lr_one_edit(a, b) ? 0.9 : jw;
}

static int
cmp_family(const lr_person *o, const lr_person *c)
{
	int k = part_level(o->family, c->family);

	if (k < 0)
		return MISSING;
	if (k < LR_NKEYS)
		return F_EXACT + k;
	return similarity(o->family[LR_KEY_ASCII],
	    c->family[LR_KEY_ASCII]) >= 0.88 ? F_SIMILAR : F_DIFFERS;
}

static int
cmp_given(const lr_person *o, const lr_person *c)
{
	int k = part_level(o->given, c->given);
	double jw;

	if (k < 0)
		return MISSING;
	if (k < LR_NKEYS)
		return G_EXACT + k;
	if (swapped(o, c))
		return G_SWAPPED;
	jw = similarity(o->given[LR_KEY_ASCII], c->given[LR_KEY_ASCII]);
	return jw >= 0.92 ? G_JW_HIGH : jw >= 0.80 ? G_JW_MID : G_DIFFERS;
}

static int
cmp_middle(const lr_person *o, const lr_person *c)
{
	const char *a = o->middle[LR_KEY_ASCII], *b = c->middle[LR_KEY_ASCII];

	if (a[0] == '\0' || b[0] == '\0')
		return MISSING;
	if (strcmp(o->middle[LR_KEY_LOW], c->middle[LR_KEY_LOW]) == 0)
		return M_EXACT;
	if (strcmp(a, b) == 0)
		return M_ASCII;
	if (swapped(o, c))
		return M_SWAPPED;
	return similarity(a, b) >= 0.80 ? M_SIMILAR : M_DIFFERS;
}

/* Same month and day, or month and day swapped ("yyyy-mm-dd")? */
static int
same_day(const char *a, const char *b)
{
	return strcmp(a + 4, b + 4) == 0 || (memcmp(a + 5, b + 8, 2) == 0 &&
	    memcmp(a + 8, b + 5, 2) == 0);
}

/* Do two dates "yyyy-mm-dd" differ in exactly one digit (a misprint or
 * misreading)? */
static int
one_digit(const char *a, const char *b)
{
	int diff = 0;

	for (int i = 0; a[i] != '\0' && b[i] != '\0'; i++)
		diff += a[i] != b[i];
	return diff == 1;
}

static int
cmp_birth(const lr_person *o, const lr_person *c)
{
	int dy = abs(o->birth_year - c->birth_year);
	int dates = o->birth_date[0] != '\0' && c->birth_date[0] != '\0';

	if (o->birth_year == 0 || c->birth_year == 0)
		return MISSING;
	if (dy == 1 && (!dates || same_day(o->birth_date, c->birth_date)))
		return B_OFF1;
	if (dates && one_digit(o->birth_date, c->birth_date))
		return B_TYPO;
	if (dy > 0)
		return B_DIFFERS;
	if (!dates)
		return B_YEAR;
	if (strcmp(o->birth_date, c->birth_date) == 0)
		return B_DATE;
	return same_day(o->birth_date, c->birth_date) ? B_YEAR : B_YEAR_DATE;
}

/* Agreement of two codes or characters, 0 meaning unknown. */
static int
agree(int known, int same)
{
	return !known ? MISSING : same ? A_AGREE : A_DIFFERS;
}

/* Does a village key hold a number ("to 2", lr_person_set_village())? */
static int
numbered(const char *village)
{
	return strpbrk(village, "0123456789") != NULL;
}

/* Villages agree, or are similar (a misreading of one name), or differ; a
 * numbered village is one number or another, never similar ("thôn 2" and
 * "thôn 3" are neighbours, not one misread). */
static int
cmp_village(const lr_person *o, const lr_person *c)
{
	if (o->village[0] == '\0' || c->village[0] == '\0')
		return MISSING;
	if (strcmp(o->village, c->village) == 0)
		return V_AGREE;
	if (numbered(o->village) || numbered(c->village))
		return V_DIFFERS;
	return lr_jaro_winkler(o->village, c->village) >= 0.9 ? V_SIMILAR :
	    V_DIFFERS;
}

/* The owner's commune is its parcel's, its village unread: does the
 * citizen of that commune live in the parcel's village?  Missing when the
 * citizen lives elsewhere (the commune comparison says so). */
static int
parcel_village(const lr_person *o, const lr_person *c)
{
	if (o->parcel_village[0] == '\0' || c->village[0] == '\0' ||
	    lr_person_commune_is(o, c->commune) == 0)
		return MISSING;
	return strcmp(o->parcel_village, c->village) == 0 ? P_VILLAGE :
	    P_OTHER_VILLAGE;
}

/* The place of the owner's parcel against the citizen's home, for what
 * the owner's own address leaves out. */
static int
cmp_parcel(const lr_person *o, const lr_person *c)
{
	if (o->parcel_commune[0] == '\0' || c->commune[0] == '\0' ||
	    o->village[0] != '\0')
		return MISSING;
	if (o->commune[0] != '\0')
		return strcmp(o->commune, o->parcel_commune) == 0 ?
		    parcel_village(o, c) : MISSING;
	if (strcmp(o->parcel_commune, c->commune) != 0)
		return P_ELSEWHERE;
	if (o->parcel_village[0] == '\0' || c->village[0] == '\0')
		return P_IN_COMMUNE;
	return strcmp(o->parcel_village, c->village) == 0 ? P_COMMUNE_VILLAGE :
	    P_COMMUNE;
}

/* Do two unit names (borrowed, NULL: unknown) name the same unit? */
static int
same_unit(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static int
cmp_commune(const lr_person *o, const lr_person *c)
{
	static const int level[] = { C_DIFFERS, C_AGREE, C_BECAME };
	int k;

	if (o->commune[0] == '\0' || c->commune[0] == '\0')
		return MISSING;
	if ((k = lr_person_commune_is(o, c->commune)) != 0)
		return level[k];
	if (o->province == NULL || c->province == NULL)
		return C_ELSEWHERE;
	if (!same_unit(o->province, c->province))
		return C_DIFFERS;
	/* District names repeat across provinces (Huyện Châu Thành). */
	return same_unit(o->district, c->district) ? C_DISTRICT : C_PROVINCE;
}

/* The owner's street and house number (else its parcel's, when the
 * owner's address names neither street nor village) against the
 * citizen's, when they lie in the citizen's commune. */
static int
cmp_street(const lr_person *o, const lr_person *c)
{
	const char *street = o->street, *house = o->house;

	if (c->street[0] == '\0')
		return MISSING;
	if (street[0] != '\0') {
		if (lr_person_commune_is(o, c->commune) == 0)
			return MISSING;
	} else if (o->village[0] == '\0' && o->parcel_street[0] != '\0' &&
	    strcmp(o->parcel_commune, c->commune) == 0) {
		street = o->parcel_street;
		house = o->parcel_house;
	} else
		return MISSING;
	if (strcmp(street, c->street) != 0)
		return S_DIFFERS;
	if (house[0] == '\0' || c->house[0] == '\0')
		return S_STREET;
	return strcmp(house, c->house) == 0 ? S_HOUSE : S_OTHER_NUMBER;
}

/* Citizen c's age in whole years on the date decided ("yyyy-mm-dd" or
 * "yyyy"): the oldest c can be when a side gives only the year; -1 when c
 * was born after it. */
static int
age_on(const char *decided, const lr_person *c)
{
	int age = atoi(decided) - c->birth_year;

	if (strlen(decided) == 10 && c->birth_date[0] != '\0' &&
	    strcmp(c->birth_date + 4, decided + 4) > 0)
		age--;		/* the birthday comes later in the year */
	return age < 0 ? -1 : age;
}

/* Did citizen c die before the date decided?  By the year alone when a
 * side gives only the year. */
static int
dead_by(const char *decided, const lr_person *c)
{
	if (c->died[0] == '\0')
		return 0;
	if (strlen(decided) == 10 && strlen(c->died) == 10)
		return strcmp(c->died, decided) < 0;
	return atoi(c->died) < atoi(decided);
}

/* The citizen's age at the decision of an owner whose birth is unknown;
 * dead before it, whatever the owner's birth. */
static int
cmp_age(const lr_person *o, const lr_person *c)
{
	int age;

	if (o->decided[0] != '\0' && dead_by(o->decided, c))
		return AGE_DEAD;
	if (o->birth_year != 0 || o->decided[0] == '\0' || c->birth_year == 0)
		return MISSING;
	age = age_on(o->decided, c);
	return age < 0 ? AGE_UNBORN : age < ADULT_AGE ? AGE_MINOR : AGE_ADULT;
}

void
lr_compare(const lr_person *o, const lr_person *c, lr_pattern *pat)
{
	signed char *l = pat->level;

	l[LR_CMP_ID] = (signed char)cmp_id(o, c);
	l[LR_CMP_OLD_ID] = (signed char)cmp_old_id(o, c);
	l[LR_CMP_FAMILY] = (signed char)cmp_family(o, c);
	l[LR_CMP_MIDDLE] = (signed char)cmp_middle(o, c);
	l[LR_CMP_GIVEN] = (signed char)cmp_given(o, c);
	l[LR_CMP_BIRTH] = (signed char)cmp_birth(o, c);
	l[LR_CMP_SEX] = (signed char)agree(o->sex && c->sex, o->sex == c->sex);
	l[LR_CMP_COMMUNE] = (signed char)cmp_commune(o, c);
	l[LR_CMP_VILLAGE] = (signed char)cmp_village(o, c);
	l[LR_CMP_STREET] = (signed char)cmp_street(o, c);
	l[LR_CMP_AGE] = (signed char)cmp_age(o, c);
	l[LR_CMP_HOUSEHOLD] = MISSING;
	l[LR_CMP_PARCEL] = (signed char)cmp_parcel(o, c);
	l[LR_CMP_RECUR] = MISSING;
}

/* log2(u/tf): how much rarer (or commoner) the name is in the registry
 * than the shipped u of an exact agreement says of names in general. */
static double
tf_adjust(double tf, double u)
{
	if (tf <= 0 || u <= 0)
		return 0;
	return log2(u / (tf < 1e-5 ? 1e-5 : tf));
}

/* The term frequency of comparison c in tf. */
static double
tf_share(const lr_tf *tf, int c)
{
	return c == LR_CMP_FAMILY ? tf->family : c == LR_CMP_GIVEN ?
	    tf->given : c == LR_CMP_VILLAGE || c == LR_CMP_PARCEL ?
	    tf->village : tf->commune;
}

/* The term-frequency adjustment of comparison c.  A commune gets half of
 * it (Splink's tf_adjustment_weight), and only upwards: a commune rarer
 * in the registry than u says more, but a registry that is an extract of
 * a few communes (where each is common) is no sample of the population,
 * so a common commune keeps the shipped weight. */
static double
tf_part(int c, const lr_tf *tf, double u)
{
	double a = tf_adjust(tf_share(tf, c), u);

	if (c != LR_CMP_COMMUNE)
		return a;
	return a > 0 ? a / 2 : 0;
}

double
lr_model_weight(const lr_model *m, const lr_pattern *pat, const lr_tf *tf,
    double part[LR_NCMP])
{
	double sum = 0, w;

	for (int c = 0; c < LR_NCMP; c++) {
		int l = pat->level[c];
		w = lr_model_level_weight(m, c, l);
		if (tf != NULL && l != MISSING && l <= cmps[c].tf_levels)
			w += tf_part(c, tf, m->u[c][1]);
		if (part != NULL)
			part[c] = w;
		sum += w;
	}
	return sum;
}

json_t *
lr_why_json(const lr_pattern *pat, const double part[LR_NCMP],
    const char *commune)
{
	json_t *why = json_object(), *one;
	char note[64];

	for (int c = 0; c < LR_NCMP; c++) {
		int l = pat->level[c];
		if (l == MISSING)
			continue;
		one = json_pack("{s:s,s:f}", "level", cmps[c].lv[l].name,
		    "weight", round(part[c] * 100) / 100);
		if (c == LR_CMP_COMMUNE && l == C_BECAME && commune != NULL) {
			snprintf(note, sizeof(note), "became %s in 2025", commune);
			json_object_set_new(one, "note", json_string(note));
		}
		json_object_set_new(why, cmps[c].name, one);
	}
	return why;
}
