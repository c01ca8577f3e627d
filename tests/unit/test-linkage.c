/* Unit tests of lib/link/linkage.c, em.c and the decision of match.c. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "link/link.h"

/* A person from a name, birth date, sex, ID, commune and village. */
static void
mk(lr_person *p, const char *name, const char *birth, int sex,
    const char *id, const char *commune, const char *address)
{
	memset(p, 0, sizeof(*p));
	assert_true(lr_person_set_name(p, name) >= 0);
	if (birth != NULL)
		assert_int_equal(lr_person_set_birth(p, birth), 0);
	p->sex = sex;
	if (id != NULL)
		lr_person_set_id(p, id);
	if (commune != NULL)
		strcpy(p->commune, commune);
	lr_person_set_village(p, address);
}

static const char *
level(const lr_pattern *pat, int cmp)
{
	return lr_level_name(cmp, pat->level[cmp]);
}

static void
levels_exact(void **state)
{
	lr_person a, b;
	lr_pattern pat;

	(void)state;
	mk(&a, "Lù Văn Thoong", "1977-04-03", 'M', "011077001234", "03166",
	    "bản Co Mận, xã Mường Phăng");
	mk(&b, "Lù Văn Thoong", "1977-04-03", 'M', "011077001234", "03166",
	    "bản Co Mận");
	lr_compare(&a, &b, &pat);
	for (int c = 0; c < LR_NCMP; c++)
		if (c != LR_CMP_OLD_ID && c != LR_CMP_SEX &&
		    c != LR_CMP_COMMUNE && c != LR_CMP_VILLAGE &&
		    c != LR_CMP_BIRTH && c != LR_CMP_AGE &&
		    c != LR_CMP_HOUSEHOLD && c != LR_CMP_PARCEL &&
		    c != LR_CMP_RECUR && c != LR_CMP_STREET)
			assert_string_equal(level(&pat, c), "exact");
	assert_string_equal(level(&pat, LR_CMP_OLD_ID), "missing");
	assert_string_equal(level(&pat, LR_CMP_STREET), "missing");
	assert_string_equal(level(&pat, LR_CMP_HOUSEHOLD), "missing");
	assert_string_equal(level(&pat, LR_CMP_PARCEL), "missing");
	assert_string_equal(level(&pat, LR_CMP_RECUR), "missing");
	assert_string_equal(level(&pat, LR_CMP_BIRTH), "date");
	assert_string_equal(level(&pat, LR_CMP_VILLAGE), "agree");
	assert_string_equal(level(&pat, LR_CMP_AGE), "missing");
}

/* Compare a with b; the level of cmp must be want. */
static void
expect(const lr_person *a, const lr_person *b, int cmp, const char *want)
{
	lr_pattern pat;

	lr_compare(a, b, &pat);
	assert_string_equal(level(&pat, cmp), want);
}

/* The path of the shipped data file name (a static buffer). */
static const char *
data_file(const char *name)
{
	static char path[4096];
	const char *top = getenv("LANDREC_TOP");

	snprintf(path, sizeof(path), "%s/data/%s", top != NULL ? top : ".",
	    name);
	return path;
}

/* The shipped commune map. */
static lr_units *
commune_map(void)
{
	lr_units *u = lr_units_new();
	lr_err err;

	assert_non_null(u);
	assert_int_equal(lr_units_load_map(u, data_file("commune-map.csv"),
	    &err), 0);
	return u;
}

/* The shipped unit list and commune map. */
static lr_units *
unit_list(void)
{
	lr_units *u = commune_map();
	lr_err err;

	assert_int_equal(lr_units_load_list(u, data_file("admin-units.csv"),
	    &err), 0);
	return u;
}

/* The commune level of a against b, both placed through u. */
static void
expect_placed(lr_person *a, lr_person *b, const lr_units *u,
    const char *commune, const char *want)
{
	strcpy(b->commune, commune);
	lr_person_place(a, u);
	lr_person_place(b, u);
	expect(a, b, LR_CMP_COMMUNE, want);
}

/* Another commune is weighed by how far it is: the same district says
 * less against the owner than the same province, and another province
 * says most; a commune the unit list does not know is "elsewhere". */
static void
communes_by_distance(void **state)
{
	lr_units *u = unit_list();
	lr_model *m = lr_model_new();
	lr_person a, b;
	double w[4];
	static const char *const lv[] = { "agree", "district", "province",
	    "differs" };

	(void)state;
	/* Điện Biên: Xã Thanh An 03343 (Huyện Điện Biên); Xã Noọng Hẹt
	 * 03352 (the same district); Xã Nậm Nhừ 03171 (Huyện Nậm Pồ);
	 * Sơn La: Xã Mường Sại 03709. */
	mk(&a, "Lò Thị Lan", NULL, 'F', NULL, "03343", NULL);
	mk(&b, "Lò Thị Lan", "1970", 'F', NULL, NULL, NULL);
	expect_placed(&a, &b, u, "03343", "agree");
	expect_placed(&a, &b, u, "03352", "district");
	expect_placed(&a, &b, u, "03171", "province");
	expect_placed(&a, &b, u, "03709", "differs");
	assert_string_equal(a.province, "Tỉnh Điện Biên");
	/* Huyện Châu Thành of Tây Ninh (25585) and of Long An (28210). */
	strcpy(a.commune, "25585");
	expect_placed(&a, &b, u, "28210", "differs");
	expect_placed(&a, &b, u, "99999", "elsewhere");
	assert_null(b.province);
	for (int i = 0; i < 4; i++)
		for (int l = 1; l < lr_cmp_levels(LR_CMP_COMMUNE); l++)
			if (strcmp(lr_level_name(LR_CMP_COMMUNE, l), lv[i]) == 0)
				w[i] = lr_model_level_weight(m, LR_CMP_COMMUNE, l);
	assert_true(w[0] > 0 && w[0] > w[1] && w[1] > w[2] && w[2] > w[3]);
	lr_model_free(m);
	lr_units_free(u);
}

/* An agreeing commune weighs more where the registry holds few of its
 * people: half the adjustment log2(u/share) of a name; never less than
 * the shipped weight (a registry of a few communes). */
static void
commune_share(void **state)
{
	lr_model *m = lr_model_new();
	lr_person a, b;
	lr_pattern pat;
	lr_tf none = { 0.01, 0.004, 0, 0 }, small = { 0.01, 0.004, 0.0002, 0 },
	    big = { 0.01, 0.004, 0.3, 0 };
	double part[LR_NCMP], pm, pu, flat;

	(void)state;
	mk(&a, "Lò Văn Thắng", NULL, 'M', NULL, "03166", NULL);
	mk(&b, "Lò Văn Thắng", "1970", 'M', NULL, "03166", NULL);
	lr_compare(&a, &b, &pat);
	lr_model_weight(m, &pat, &none, part);
	flat = part[LR_CMP_COMMUNE];
	lr_model_mu(m, LR_CMP_COMMUNE, 1, &pm, &pu);
	assert_float_equal(flat, log2(pm / pu), 1e-9);
	lr_model_weight(m, &pat, &small, part);
	assert_float_equal(part[LR_CMP_COMMUNE], flat + 0.5 *
	    log2(pu / 0.0002), 1e-9);
	lr_model_weight(m, &pat, &big, part);
	assert_float_equal(part[LR_CMP_COMMUNE], flat, 1e-9);
	lr_model_free(m);
}

/* A commune of an old decision agrees with the one it became, whatever
 * its code; a decision of July 2025 or later names today's communes. */
static void
communes_through_history(void **state)
{
	lr_units *u = commune_map();
	lr_person a, b;
	lr_pattern pat;
	double part[LR_NCMP];
	json_t *why;

	(void)state;
	/* Xã Tìa Dình 03384 became 03385; Xã Sa Lông 03197 became 03172. */
	mk(&a, "Lường Thị Mai", NULL, 'F', NULL, "03384", NULL);
	mk(&b, "Lường Thị Mai", "1974-03-21", 'F', NULL, "03385", NULL);
	lr_owner_in_decision(&a, u, "1994-11-26");
	expect(&a, &b, LR_CMP_COMMUNE, "became");
	lr_owner_in_decision(&a, u, "2025-08-01");
	expect(&a, &b, LR_CMP_COMMUNE, "elsewhere");	/* not placed */
	mk(&a, "Lường Thị Mai", NULL, 'F', NULL, "03197", NULL);
	lr_owner_in_decision(&a, u, "2003-05-02");
	strcpy(b.commune, "03172");
	lr_compare(&a, &b, &pat);
	assert_string_equal(level(&pat, LR_CMP_COMMUNE), "became");
	lr_model *m = lr_model_new();
	lr_model_weight(m, &pat, NULL, part);
	why = lr_why_json(&pat, part, b.commune);
	assert_string_equal(json_string_value(json_object_get(json_object_get(
	    why, "commune"), "note")), "became 03172 in 2025");
	json_decref(why);
	lr_model_free(m);
	/* A registry of the old era holds the old code itself. */
	strcpy(b.commune, "03197");
	expect(&a, &b, LR_CMP_COMMUNE, "agree");
	strcpy(b.commune, "03385");
	expect(&a, &b, LR_CMP_COMMUNE, "elsewhere");
	/* Unchanged code: agree. */
	mk(&a, "Lường Thị Mai", NULL, 'F', NULL, "03172", NULL);
	lr_owner_in_decision(&a, u, "1999-01-01");
	strcpy(b.commune, "03172");
	expect(&a, &b, LR_CMP_COMMUNE, "agree");
	lr_units_free(u);
}

/* Villages: a misread name is similar; a numbered village is its type
 * and number, so another number or another type is another village. */
static void
villages_numbered(void **state)
{
	static const char *const addrs[][3] = {
		{ "bản Pá Khôm", "bản Pá Khôn", "similar" },
		{ "thôn 2, xã Nậm Chua", "thôn 2", "agree" },
		{ "tổ dân phố 2", "tổ 2, xã Nậm Chua", "agree" },
		{ "thôn 2", "thôn 3", "differs" },
		{ "tổ 2", "thôn 2", "differs" },
		{ "thôn 12", "thôn 2", "differs" },
	};
	lr_person a, b;

	(void)state;
	for (size_t i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++) {
		mk(&a, "Lò Văn Bun", NULL, 'M', NULL, "03173", addrs[i][0]);
		mk(&b, "Lò Văn Bun", NULL, 'M', NULL, "03173", addrs[i][1]);
		expect(&a, &b, LR_CMP_VILLAGE, addrs[i][2]);
	}
}

/* A citizen too young at the decision is not its land user: the age on
 * the decision's date, to the day when both dates are known. */
static void
age_at_decision(void **state)
{
	static const char *const births[][2] = {
		{ "1974-03-21", "adult" }, { "1987-12-19", "minor" },
		{ "1995-01-02", "unborn" }, { "1994-12-01", "unborn" },
		{ "1994-11-26", "minor" }, { "1976-11-27", "minor" },
		{ "1976-11-26", "adult" }, { "1976", "adult" },
		{ "1977", "minor" }, { "1995", "unborn" },
	};
	lr_person a, b;

	(void)state;
	mk(&a, "Lường Thị Mai", NULL, 'F', NULL, NULL, NULL);
	lr_owner_in_decision(&a, NULL, "1994-11-26");
	for (size_t i = 0; i < sizeof(births) / sizeof(births[0]); i++) {
		mk(&b, "Lường Thị Mai", births[i][0], 'F', NULL, NULL, NULL);
		expect(&a, &b, LR_CMP_AGE, births[i][1]);
	}
	lr_owner_in_decision(&a, NULL, "1994");	/* not a date */
	expect(&a, &b, LR_CMP_AGE, "missing");
	lr_owner_in_decision(&a, NULL, "1994-11-26");
	lr_person_set_birth(&a, "1987");
	expect(&a, &b, LR_CMP_AGE, "missing");
}

/* A citizen the registry says died before the decision is not its land
 * user, whether the owner's birth is known or not; one who died after it
 * may be. */
static void
dead_at_decision(void **state)
{
	static const char *const deaths[][2] = {
		{ "1994-11-25", "dead" }, { "1993", "dead" },
		{ "1994-11-26", "adult" }, { "1994", "adult" },
		{ "2001-02-03", "adult" },
	};
	lr_person a, b;

	(void)state;
	mk(&a, "Vì Văn Sơn", NULL, 'M', NULL, NULL, NULL);
	lr_owner_in_decision(&a, NULL, "1994-11-26");
	mk(&b, "Vì Văn Sơn", "1932-04-17", 'M', NULL, NULL, NULL);
	for (size_t i = 0; i < sizeof(deaths) / sizeof(deaths[0]); i++) {
		strcpy(b.died, deaths[i][0]);
		expect(&a, &b, LR_CMP_AGE, deaths[i][1]);
	}
	lr_person_set_birth(&a, "1932");
	strcpy(b.died, "1990-01-01");
	expect(&a, &b, LR_CMP_AGE, "dead");
	b.died[0] = '\0';
	expect(&a, &b, LR_CMP_AGE, "missing");
}

/* The age never makes a link: an adult weighs under half a bit, and
 * only a namesake too young falls behind, by more than the margin. */
static void
age_never_links(void **state)
{
	lr_model *m = lr_model_new();
	lr_person a, b, c;
	lr_pattern pa, pc;
	double wa, wc;

	(void)state;
	mk(&a, "Lường Thị Phương", NULL, 'F', NULL, "03260", "bản Xá Nhè");
	lr_owner_in_decision(&a, NULL, "2020-10-06");
	mk(&b, "Lường Thị Phương", "1990-01-19", 'F', NULL, "03260",
	    "bản Xá Nhè, xã Pú Nhung");
	mk(&c, "Lường Thị Phương", "2003-02-19", 'F', NULL, "03260",
	    "bản Xá Nhè, xã Pú Nhung");
	lr_compare(&a, &b, &pa);
	lr_compare(&a, &c, &pc);
	assert_string_equal(level(&pc, LR_CMP_AGE), "minor");
	wa = lr_model_level_weight(m, LR_CMP_AGE, pa.level[LR_CMP_AGE]);
	assert_true(wa > 0 && wa < 0.5);
	wa = lr_model_weight(m, &pa, NULL, NULL);
	wc = lr_model_weight(m, &pc, NULL, NULL);
	assert_true(wa - wc > LR_MARGIN_DEFAULT);
	memset(&pc, 0, sizeof(pc));	/* the age alone, adult */
	pc.level[LR_CMP_AGE] = pa.level[LR_CMP_AGE];
	assert_true(lr_model_weight(m, &pc, NULL, NULL) < 1);
	lr_model_free(m);
}

/* One digit misread, in the year or the day, is a typo, not a stranger:
 * owners' dates against b's 1972-09-09. */
static void
birth_typos(const lr_person *b)
{
	static const char *const dates[][2] = {
		{ "1978-09-09", "date-one-digit" }, { "1972-09-29", "date-one-digit" },
		{ "1972-09-01", "date-one-digit" }, { "1978-09-29", "differs" },
	};
	lr_person a;

	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		mk(&a, "Trần Thị Hoà", dates[i][0], 'F', NULL, NULL, NULL);
		expect(&a, b, LR_CMP_BIRTH, dates[i][1]);
	}
}

static void
levels_damaged(void **state)
{
	lr_person a, b;

	(void)state;
	mk(&a, "Lu Văn Thoông", "1978", 0, "011077001284", NULL, NULL);
	mk(&b, "Lù Văn Thoong", "1977-04-03", 'M', "011077001234", "03166",
	    NULL);
	expect(&a, &b, LR_CMP_ID, "one-digit");
	expect(&a, &b, LR_CMP_FAMILY, "toneless");
	expect(&a, &b, LR_CMP_GIVEN, "ascii");
	expect(&a, &b, LR_CMP_BIRTH, "year-off-by-one");
	expect(&a, &b, LR_CMP_SEX, "missing");
	mk(&a, "Trần Hoà Thị", "1972-09-09", 'F', NULL, NULL, NULL);
	mk(&b, "Trần Thị Hoà", "1972-09-09", 'F', NULL, NULL, NULL);
	expect(&a, &b, LR_CMP_GIVEN, "swapped");
	expect(&a, &b, LR_CMP_MIDDLE, "swapped");
	mk(&a, "Trần Thị Hoà", "1972-10-08", 'F', "011172009999", NULL, NULL);
	expect(&a, &b, LR_CMP_BIRTH, "year-date-differs");
	mk(&a, "Trần Thị Hoà", "1972-09-09", 'F', "011172009999", NULL, NULL);
	expect(&a, &b, LR_CMP_BIRTH, "date");
	birth_typos(&b);
	mk(&b, "Lù Văn Thoong", "1977", 'M', "011077001234", NULL, NULL);
	mk(&a, "Lù Văn Thoong", "1977", 'M', "011077991234", NULL, NULL);
	expect(&a, &b, LR_CMP_ID, "differs");
	mk(&a, "Lù Văn Thoong", "1977", 'M', "011185991234", NULL, NULL);
	expect(&a, &b, LR_CMP_ID, "inconsistent");
	/* A typist's slips: any digit, two neighbours swapped. */
	mk(&a, "Lù Văn Thoong", "1977", 'M', "011077001224", NULL, NULL);
	expect(&a, &b, LR_CMP_ID, "one-digit");
	mk(&a, "Lù Văn Thoong", "1977", 'M', "011077002134", NULL, NULL);
	expect(&a, &b, LR_CMP_ID, "one-digit");
	mk(&a, "Lù Văn Thoong", "1977", 'M', "011077003214", NULL, NULL);
	expect(&a, &b, LR_CMP_ID, "differs");
}

/* Typos of one edit in short names, and swapped names with a typo. */
static void
levels_typos(void **state)
{
	lr_person a, b;

	(void)state;
	mk(&b, "Phạm Ngọc Hà", "1983-07-26", 'M', NULL, NULL, NULL);
	mk(&a, "hPhạm Ngọc Hax", "1983-07-26", 'M', NULL, NULL, NULL);
	expect(&a, &b, LR_CMP_FAMILY, "similar");
	expect(&a, &b, LR_CMP_GIVEN, "jw-mid");
	mk(&a, "Phạm Hà Nọgc", "1983-07-26", 'M', NULL, NULL, NULL);
	expect(&a, &b, LR_CMP_GIVEN, "swapped");
	expect(&a, &b, LR_CMP_MIDDLE, "swapped");
	mk(&a, "Phạm Hàx Nọgc", "1983-07-26", 'M', NULL, NULL, NULL);
	expect(&a, &b, LR_CMP_GIVEN, "differs");
	mk(&a, "Pham Ngọc Lan", "1983-07-26", 'M', NULL, NULL, NULL);
	expect(&a, &b, LR_CMP_GIVEN, "differs");
}

static void
weights(void **state)
{
	lr_model *m = lr_model_new();
	lr_person a, b;
	lr_pattern pat;
	lr_tf common = { 0.38, 0.02, 0, 0 }, rare = { 0.001, 0.02, 0, 0 };
	double part[LR_NCMP], w1, w2;

	(void)state;
	mk(&a, "Nguyễn Văn Thắng", "1970", 'M', NULL, "03166", NULL);
	mk(&b, "Nguyễn Văn Thắng", "1970", 'M', NULL, "03166", NULL);
	lr_compare(&a, &b, &pat);
	w1 = lr_model_weight(m, &pat, &common, part);
	w2 = lr_model_weight(m, &pat, &rare, NULL);
	assert_true(w2 > w1 + 5);	/* a rare family name says more */
	assert_true(part[LR_CMP_FAMILY] < 2);
	mk(&b, "Nguyễn Văn Thắng", "1975", 'M', NULL, "03167", NULL);
	lr_compare(&a, &b, &pat);
	assert_true(lr_model_weight(m, &pat, &common, NULL) < w1 - 10);
	lr_model_free(m);
}

/* An exact name weighs log2(m / tf): the registry's own share of the name
 * is its u, whatever the shipped u says of names in general; a near level
 * (toneless) moves by as much. */
static void
weights_registry_u(void **state)
{
	lr_model *m = lr_model_new();
	lr_person a, b;
	lr_pattern pat;
	lr_tf tf = { 0.01, 0.004, 0, 0 };
	double part[LR_NCMP], pm, pu, pm1, pu1;

	(void)state;
	mk(&a, "Lò Văn Thắng", "1970", 'M', NULL, "03166", NULL);
	mk(&b, "Lò Văn Thắng", "1970", 'M', NULL, "03166", NULL);
	lr_compare(&a, &b, &pat);
	lr_model_weight(m, &pat, &tf, part);
	lr_model_mu(m, LR_CMP_FAMILY, 1, &pm1, &pu1);
	assert_float_equal(part[LR_CMP_FAMILY], log2(pm1 / 0.01), 1e-9);
	lr_model_mu(m, LR_CMP_GIVEN, 1, &pm, &pu);
	assert_float_equal(part[LR_CMP_GIVEN], log2(pm / 0.004), 1e-9);
	mk(&a, "Lo Văn Thắng", "1970", 'M', NULL, "03166", NULL);
	lr_compare(&a, &b, &pat);
	expect(&a, &b, LR_CMP_FAMILY, "toneless");
	lr_model_weight(m, &pat, &tf, part);
	lr_model_mu(m, LR_CMP_FAMILY, 2, &pm, &pu);
	assert_float_equal(part[LR_CMP_FAMILY], log2(pm / pu) +
	    log2(pu1 / 0.01), 1e-9);
	lr_model_free(m);
}

static void
em_fit(void **state)
{
	lr_model *m = lr_model_new();
	lr_em *e = lr_em_new();
	lr_pattern same, other;
	double lambda, pm, pu;
	lr_err err;

	(void)state;
	memset(&same, 0, sizeof(same));
	memset(&other, 0, sizeof(other));
	same.level[LR_CMP_GIVEN] = 1;
	same.level[LR_CMP_BIRTH] = 1;
	same.level[LR_CMP_COMMUNE] = 1;
	same.level[LR_CMP_VILLAGE] = 1;
	other.level[LR_CMP_GIVEN] = 1;
	other.level[LR_CMP_BIRTH] = 6;	/* differs */
	other.level[LR_CMP_COMMUNE] = 2;
	other.level[LR_CMP_VILLAGE] = 3;
	assert_int_equal(lr_em_fit(e, m, 0, &lambda, &err), -1);
	for (int i = 0; i < 300; i++)
		assert_int_equal(lr_em_add(e, i % 3 ? &other : &same), 0);
	assert_int_equal(lr_em_pairs(e), 300);
	assert_int_equal(lr_em_patterns(e), 2);
	assert_true(lr_em_fit(e, m, 0, &lambda, &err) > 0);
	lr_model_mu(m, LR_CMP_BIRTH, 1, &pm, &pu);
	print_message("# lambda %g m %g u %g\n", lambda, pm, pu);
	assert_true(lambda > 0.25 && lambda < 0.4);
	assert_true(pm > 0.9 && pu < 0.05);
	lr_em_free(e);
	lr_model_free(m);
}

/* An owner match with candidates (id, weight) ... ending with NULL. */
static void
om_set(lr_owner_match *om, ...)
{
	va_list ap;
	const char *id;

	memset(om, 0, sizeof(*om));
	om->chosen = -1;
	om->rest = -INFINITY;
	va_start(ap, om);
	while ((id = va_arg(ap, const char *)) != NULL) {
		strcpy(om->cand[om->ncand].citizen_id, id);
		om->cand[om->ncand++].weight = va_arg(ap, double);
	}
	va_end(ap);
}

static void
decide(void **state)
{
	lr_thresholds t = { 18, 8, 5, 0, 0.99, 0 };
	lr_owner_match om[2];

	(void)state;
	om_set(&om[0], "A", 30.0, "B", 10.0, (char *)NULL);
	om_set(&om[1], "B", 25.0, (char *)NULL);
	lr_match_decide(om, 2, &t);
	assert_int_equal(om[0].status, LR_MATCHED);
	assert_int_equal(om[1].status, LR_MATCHED);
	om_set(&om[0], "A", 30.0, "B", 27.0, (char *)NULL);
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);	/* a tie */
	om_set(&om[0], "A", 30.0, (char *)NULL);
	om_set(&om[1], "A", 29.0, (char *)NULL);
	lr_match_decide(om, 2, &t);
	assert_int_equal(om[0].status, LR_REVIEW);	/* both claim A */
	assert_int_equal(om[1].status, LR_REVIEW);
	/* Alone but weak: 2^12 against the 2^13.4 of absence from a registry
	 * of 100,000. */
	t.absent = lr_absent_weight(100000, 0.9);
	om_set(&om[0], "A", 12.0, (char *)NULL);
	om_set(&om[1], (char *)NULL);
	lr_match_decide(om, 2, &t);
	assert_int_equal(om[0].status, LR_REVIEW);
	assert_int_equal(om[1].status, LR_UNMATCHED);
}

/* An owner is matched on the probability its best candidate has against
 * the namesakes blocked and its absence. */
static void
name_only_probability(void **state)
{
	lr_thresholds t = { 18, 8, 5, lr_absent_weight(100000, 0.9), 0.99, 0 };
	lr_owner_match om[1];

	(void)state;
	assert_true(fabs(t.absent - log2(100000 / 9.0)) < 1e-9);
	om_set(&om[0], "A", 16.0, "B", 8.0, (char *)NULL);
	om[0].name_only = 1;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);	/* 2^16 / 2^13.4: 0.86 */
	assert_true(fabs(om[0].cand[0].prob - 65536 / (65536 + 256 +
	    100000 / 9.0)) < 1e-9);
	t.absent = lr_absent_weight(500, 0.9);	/* a small registry */
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_MATCHED);
	/* Many namesakes blocked but not kept weigh in as well. */
	om[0].rest = 16.0;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);
	/* An owner with a birth year is matched on the same probability. */
	om_set(&om[0], "A", 16.0, "B", 8.0, (char *)NULL);
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_MATCHED);
	/* and stays in review when a runner-up is within the margin. */
	om_set(&om[0], "A", 16.0, "B", 12.0, (char *)NULL);
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);
	/* Named by name alone, an owner whose weight passes the upper
	 * threshold on its parcel's place (a namesake living by the parcel)
	 * and other decisions is matched on the probability only: 2^20
	 * against 2^19.8 of its absence. */
	t.absent = lr_absent_weight(100000, 0.9) + 6.4;
	om_set(&om[0], "A", 20.0, "B", 8.0, (char *)NULL);
	om[0].cand[0].part[LR_CMP_PARCEL] = 1.5;
	om[0].cand[0].part[LR_CMP_RECUR] = 1.0;
	om[0].cand[0].part[LR_CMP_VILLAGE] = -2.0;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_MATCHED);	/* 20 >= 18 */
	om[0].name_only = 1;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);	/* 17.5 < 18 */
	assert_true(om[0].cand[0].prob < 0.99);
	om[0].cand[0].part[LR_CMP_RECUR] = 0;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_MATCHED);	/* 18.5 */
}

/* Exact namesakes: never linked, every tied candidate shown. */
static void
ties_shown(void **state)
{
	lr_thresholds t = { 18, 8, 5, 0, 0.99, 0 };
	lr_owner_match om[1];
	json_t *j;

	(void)state;
	om_set(&om[0], "A", 25.0, "B", 25.0, "C", 24.0, "D", 23.0, "E", 10.0,
	    (char *)NULL);
	om[0].name_only = 1;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);
	j = lr_match_json(&om[0], 3);
	assert_int_equal(json_integer_value(json_object_get(j, "tied")), 4);
	assert_int_equal(json_array_size(json_object_get(j, "candidates")), 4);
	json_decref(j);
	om_set(&om[0], "A", 25.0, "E", 10.0, (char *)NULL);
	lr_match_decide(om, 1, &t);
	j = lr_match_json(&om[0], 3);
	assert_int_equal(om[0].status, LR_MATCHED);
	assert_null(json_object_get(j, "tied"));
	json_decref(j);
}

/* An owner named without ID or birth year is matched at its own
 * probability (--name-prob); one with an ID or birth year is not, and
 * name_prob 0 leaves it to prob. */
static void
name_prob(void **state)
{
	lr_thresholds t = { 22, 8, 5, 0, 0.99, 0.97 };
	lr_owner_match om[1];

	(void)state;
	om_set(&om[0], "A", 20.0, "B", 14.0, (char *)NULL);
	om[0].name_only = 1;
	lr_match_decide(om, 1, &t);
	assert_true(om[0].cand[0].prob > 0.97 && om[0].cand[0].prob < 0.99);
	assert_int_equal(om[0].status, LR_MATCHED);
	om[0].name_only = 0;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);
	om[0].name_only = 1;
	t.name_prob = 0;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);
	/* Namesakes blocked but not kept lower the probability below it. */
	t.name_prob = 0.97;
	om[0].rest = 15.0;
	lr_match_decide(om, 1, &t);
	assert_true(om[0].cand[0].prob < 0.97);
	assert_int_equal(om[0].status, LR_REVIEW);
}

/* An owner named without ID or birth year: a namesake who lives in the
 * owner's village (and so with the spouse) does not outrank one whose
 * address the registry lacks; it does one placed elsewhere, and an
 * owner with a birth year keeps its lead on places. */
static void
namesake_unplaced(void **state)
{
	lr_thresholds t = { 22, 8, 5, 0, 0.99, 0.97 };
	lr_owner_match om[1];
	lr_cand *a = &om[0].cand[0], *b = &om[0].cand[1];

	(void)state;
	om_set(&om[0], "A", 30.0, "B", 21.5, (char *)NULL);
	om[0].name_only = 1;
	a->pat.level[LR_CMP_VILLAGE] = 1, a->part[LR_CMP_VILLAGE] = 4.4;
	a->pat.level[LR_CMP_HOUSEHOLD] = 1, a->part[LR_CMP_HOUSEHOLD] = 4.1;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);	/* B's address unknown */
	b->pat.level[LR_CMP_VILLAGE] = 2, b->part[LR_CMP_VILLAGE] = -2.7;
	b->pat.level[LR_CMP_HOUSEHOLD] = 2, b->part[LR_CMP_HOUSEHOLD] = -2.7;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_MATCHED);	/* B lives elsewhere */
	assert_string_equal(om[0].cand[om[0].chosen].citizen_id, "A");
	b->pat.level[LR_CMP_VILLAGE] = 0, b->part[LR_CMP_VILLAGE] = 0;
	b->pat.level[LR_CMP_HOUSEHOLD] = 0, b->part[LR_CMP_HOUSEHOLD] = 0;
	om[0].name_only = 0;
	t.prob = 0.5;
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_MATCHED);
}

/* Candidate id of om with village v in commune 03166. */
static void
at(lr_owner_match *om, const char *id, const char *v)
{
	for (int j = 0; j < om->ncand; j++)
		if (strcmp(om->cand[j].citizen_id, id) == 0) {
			strcpy(om->cand[j].commune, "03166");
			strcpy(om->cand[j].village, v);
		}
}

/* Two namesake husbands tied at 16 bits, H1 in Na Hầu, H2 in Cổ Mân. */
static void
husbands(lr_owner_match *o)
{
	om_set(o, "H1", 16.0, "H2", 16.0, (char *)NULL);
	at(o, "H1", "na hau");
	at(o, "H2", "co man");
}

/* Spouses on one document: the namesake living with a candidate of the
 * spouse comes first. */
static void
household(void **state)
{
	lr_model *m = lr_model_new();
	lr_owner_match om[3];
	int spouse[3] = { 1, 0, -1 };
	json_t *why;

	(void)state;
	husbands(&om[0]);
	om_set(&om[1], "W1", 15.0, (char *)NULL);
	at(&om[1], "W1", "co man");
	om_set(&om[2], "X", 15.0, (char *)NULL);
	at(&om[2], "X", "co man");
	lr_match_household(om, 3, spouse, m, LR_MARGIN_DEFAULT);
	assert_string_equal(om[0].cand[0].citizen_id, "H2");
	assert_true(om[0].cand[0].weight > 16.0 + 4);
	assert_true(om[0].cand[1].weight < 16.0 - 2);
	assert_true(om[1].cand[0].weight > 15.0 + 4);
	assert_true(om[2].cand[0].weight == 15.0);	/* no spouse */
	why = lr_why_json(&om[0].cand[1].pat, om[0].cand[1].part, NULL);
	assert_string_equal(json_string_value(json_object_get(json_object_get(
	    why, "household"), "level")), "apart");
	json_decref(why);
	/* Applied twice, the same. */
	lr_match_household(om, 3, spouse, m, LR_MARGIN_DEFAULT);
	assert_true(om[0].cand[0].weight < 16.0 + 5);
	lr_model_free(m);
}

/* The household level of om[0]'s candidate j (spouses 0 and 1). */
static const char *
hh_level(lr_owner_match *om, int j)
{
	return lr_level_name(LR_CMP_HOUSEHOLD,
	    om[0].cand[j].pat.level[LR_CMP_HOUSEHOLD]);
}

/* Only the spouse's plausible candidates place the household: a namesake
 * of the wife far behind her best (another woman) does not make her
 * neighbour the husband; a wife the registry gives no village says
 * nothing of where the husband lives (missing, not apart). */
static void
household_plausible(void **state)
{
	lr_model *m = lr_model_new();
	lr_owner_match om[2];
	int spouse[2] = { 1, 0 };

	(void)state;
	husbands(&om[0]);
	om_set(&om[1], "W1", 18.0, "W9", 8.0, (char *)NULL);
	at(&om[1], "W1", "pa kho");
	at(&om[1], "W9", "co man");
	lr_match_household(om, 2, spouse, m, LR_MARGIN_DEFAULT);
	assert_string_equal(hh_level(om, 0), "apart");
	assert_string_equal(hh_level(om, 1), "apart");
	assert_true(om[0].cand[0].weight == om[0].cand[1].weight);
	husbands(&om[0]);
	om_set(&om[1], "W1", 18.0, (char *)NULL);	/* no village */
	lr_match_household(om, 2, spouse, m, LR_MARGIN_DEFAULT);
	assert_string_equal(hh_level(om, 0), "missing");
	assert_true(om[0].cand[0].weight == 16.0);
	lr_model_free(m);
}

/* A plausible candidate of the spouse whose village the registry does not
 * give, living in the candidate's commune, may live with it: the
 * candidate is not "apart" for another of the spouse's candidates placed
 * elsewhere; one in another commune lives apart. */
static void
household_unplaced(void **state)
{
	lr_model *m = lr_model_new();
	lr_owner_match om[2];
	int spouse[2] = { 1, 0 };

	(void)state;
	husbands(&om[0]);
	om_set(&om[1], "W1", 18.0, "W2", 16.0, (char *)NULL);
	at(&om[1], "W1", "");
	at(&om[1], "W2", "co man");
	lr_match_household(om, 2, spouse, m, LR_MARGIN_DEFAULT);
	assert_string_equal(om[0].cand[0].citizen_id, "H2");
	assert_string_equal(hh_level(om, 0), "together");
	assert_string_equal(hh_level(om, 1), "missing");
	assert_true(om[0].cand[1].weight == 16.0);
	/* The unplaced one lives in another commune: apart. */
	husbands(&om[0]);
	om_set(&om[1], "W1", 18.0, "W2", 16.0, (char *)NULL);
	at(&om[1], "W2", "co man");
	strcpy(om[1].cand[0].commune, "03172");
	om[1].cand[0].village[0] = '\0';
	lr_match_household(om, 2, spouse, m, LR_MARGIN_DEFAULT);
	assert_string_equal(hh_level(om, 1), "apart");
	lr_model_free(m);
}

/* The owner's parcel against the citizen's home, for what the owner's
 * address leaves out: with no commune, the parcel's commune and village;
 * with the parcel's commune and no village, the village; with a village
 * of its own, nothing (its village comparison says it). */
static void
parcel_place(void **state)
{
	lr_person o, home, near, far;
	lr_model *m = lr_model_new();
	lr_pattern pat;
	double w[2];

	(void)state;
	mk(&home, "Lò Văn Bun", NULL, 'M', NULL, "03166", "bản Co Mận");
	mk(&near, "Lò Văn Bun", NULL, 'M', NULL, "03166", "bản Na Hai");
	mk(&far, "Lò Văn Bun", NULL, 'M', NULL, "03169", "bản Co Mận");
	mk(&o, "Lò Văn Bun", NULL, 'M', NULL, NULL, NULL);
	lr_person_set_parcel(&o, "03166", "bản Co Mận, xã Mường Phăng");
	expect(&o, &home, LR_CMP_PARCEL, "commune-village");
	expect(&o, &near, LR_CMP_PARCEL, "commune");
	expect(&o, &far, LR_CMP_PARCEL, "elsewhere");
	strcpy(o.commune, "03166");
	expect(&o, &home, LR_CMP_PARCEL, "village");
	expect(&o, &near, LR_CMP_PARCEL, "other-village");
	expect(&o, &far, LR_CMP_PARCEL, "missing");
	lr_compare(&o, &home, &pat);
	w[0] = lr_model_weight(m, &pat, NULL, NULL);
	lr_compare(&o, &near, &pat);
	w[1] = lr_model_weight(m, &pat, NULL, NULL);
	assert_true(w[0] > w[1] + 3);
	/* No commune read, and the parcel's village unread (or the
	 * citizen's unknown): only the commune is compared, at the m of both
	 * levels it stands for, above "commune" (another village). */
	o.commune[0] = '\0';
	lr_person_set_parcel(&o, "03166", NULL);
	expect(&o, &home, LR_CMP_PARCEL, "in-commune");
	expect(&o, &far, LR_CMP_PARCEL, "elsewhere");
	lr_compare(&o, &home, &pat);
	w[0] = lr_model_level_weight(m, LR_CMP_PARCEL, pat.level[LR_CMP_PARCEL]);
	lr_person_set_parcel(&o, "03166", "bản Co Mận, xã Mường Phăng");
	lr_compare(&o, &near, &pat);
	w[1] = lr_model_level_weight(m, LR_CMP_PARCEL, pat.level[LR_CMP_PARCEL]);
	assert_true(w[0] > w[1] + 1.5);
	near.village[0] = '\0';
	expect(&o, &near, LR_CMP_PARCEL, "in-commune");
	lr_person_set_village(&near, "bản Na Hai");
	strcpy(o.commune, "03166");
	strcpy(o.commune, "03169");	/* the parcel lies elsewhere */
	expect(&o, &far, LR_CMP_PARCEL, "missing");
	strcpy(o.commune, "03166");
	lr_person_set_village(&o, "bản Na Hai");
	expect(&o, &near, LR_CMP_PARCEL, "missing");
	lr_model_free(m);
}

/* Owner k of a decision matched on its own: candidate id, weight 30. */
static void
linked(lr_owner_match *om, const char *id)
{
	om_set(om, id, 30.0, (char *)NULL);
	om->status = LR_MATCHED;
	om->chosen = 0;
}

/* The same person in other decisions of the run: of two namesakes tied
 * on names and village, the one linked on an ID by another decision
 * comes first, by log2(m/u): m the share of the run's links that recur,
 * u the share of the registry linked (candidates of no commune); a link
 * from the owner's own decision, or from an owner named by name alone,
 * counts for nothing, nor does a run where nobody recurs. */
static void
other_decisions(void **state)
{
	lr_recur *s = lr_recur_new();
	lr_owner_match om[1], one;
	lr_thresholds t = { 22, 8, 5, 0, 2, 0 };

	(void)state;
	for (long d = 0; d < 40; d++) {	/* 20 people, each named twice */
		char id[32];
		snprintf(id, sizeof(id), "0111900000%02ld", d / 2);
		linked(&one, id);
		assert_int_equal(lr_recur_add_links(s, &one, 1, d), 0);
	}
	linked(&one, "B");
	one.name_only = 1;		/* by name alone: not evidence */
	assert_int_equal(lr_recur_add_links(s, &one, 1, 50), 0);
	linked(&one, "A");
	assert_int_equal(lr_recur_add_links(s, &one, 1, 60), 0);
	assert_true(fabs(lr_recur_u(s, NULL, 1000, "") - 21 / 1000.0) < 1e-9);
	assert_true(fabs(lr_recur_weight(s, NULL, 1000, "") -
	    log2(41.0 / 43 / (21 / 1000.0))) < 1e-9);
	om_set(&om[0], "B", 14.0, "A", 14.0, (char *)NULL);
	lr_match_recur(om, 1, s, 70, NULL, 1000);
	assert_string_equal(om[0].cand[0].citizen_id, "A");
	assert_true(om[0].cand[0].weight > 14.0 + 5);
	assert_true(om[0].cand[1].weight == 14.0);
	lr_match_decide(om, 1, &t);
	assert_int_equal(om[0].status, LR_REVIEW);	/* 19.5 bits: not 22 */
	assert_int_equal(om[0].tied, 1);
	om_set(&om[0], "B", 14.0, "A", 14.0, (char *)NULL);
	lr_match_recur(om, 1, s, 60, NULL, 1000);	/* A's own decision */
	assert_true(om[0].cand[0].weight == 14.0 && om[0].cand[1].weight == 14.0);
	lr_recur_free(s);
	s = lr_recur_new();	/* nobody recurs: no weight */
	linked(&one, "A");
	lr_recur_add_links(s, &one, 1, 1);
	linked(&one, "C");
	lr_recur_add_links(s, &one, 1, 2);
	assert_true(lr_recur_weight(s, NULL, 4, "") == 0);
	lr_recur_free(s);
}

/* The decision's place: the commune its title puts the land in, else the
 * commune whose committee issued it, in the units of its era; a
 * district's committee, or a commune name many provinces share, names
 * none. */
static void
decision_place(void **state)
{
	lr_units *u = unit_list();
	json_t *d;
	const char *code;

	(void)state;
	d = json_pack("{s:s, s:s, s:s}", "date", "2018-12-15", "issuer",
	    "Ủy ban nhân dân huyện Mường Chà", "title", "Về việc thu hồi đất "
	    "để làm đường tại xã Mường Tùng, huyện Mường Chà");
	code = lr_decision_place(d, u);
	assert_non_null(code);
	assert_string_equal(code, "03181");
	json_object_set_new(d, "title", json_string("Về việc thu hồi đất"));
	assert_null(lr_decision_place(d, u));	/* a district's committee */
	json_object_set_new(d, "issuer",
	    json_string("Ủy ban nhân dân xã Phình Giàng"));
	json_object_set_new(d, "date", json_string("2025-12-21"));
	code = lr_decision_place(d, u);
	assert_non_null(code);
	assert_string_equal(code, "03382");
	json_object_set_new(d, "issuer",
	    json_string("Ủy ban nhân dân xã Tân Lập"));	/* 24 of them */
	assert_null(lr_decision_place(d, u));
	assert_null(lr_decision_place(d, NULL));
	json_decref(d);
	lr_units_free(u);
}

/* Streets of town addresses: the forms an address writes them in, the
 * village of a first part kept apart, a part naming no street skipped. */
static void
street_forms(void **state)
{
	static const char *const addr[][3] = {
		{ "Số nhà 12, đường Trần Phú, tổ 3, phường Him Lam", "tran phu",
		    "12" },
		{ "số 12 Trần Phú, phường Him Lam", "tran phu", "12" },
		{ "SN 45A đường Võ Nguyên Giáp, phường Tân Thanh",
		    "vo nguyen giap", "45a" },
		{ "tổ 3, số 7 đ. Trần Phú, phường Him Lam", "tran phu", "7" },
		{ "đường Trần Phú, phường Him Lam", "tran phu", "" },
		{ "phố Hàng Bạc, phường Hàng Đào", "", "" },	/* a village */
		{ "số 9, phố Hàng Bạc", "hang bac", "9" },
		{ "số 5, tổ 3, phường Him Lam", "", "" },
		{ "đại lộ Thăng Long, phường X", "thang long", "" },
		{ "bản Co Mận, xã Mường Phăng", "", "" },
		{ "thôn 2, xã Tân Lập", "", "" },
	};
	lr_person p;

	(void)state;
	for (size_t i = 0; i < sizeof(addr) / sizeof(addr[0]); i++) {
		memset(&p, 0, sizeof(p));
		lr_person_set_village(&p, addr[i][0]);
		assert_string_equal(p.street, addr[i][1]);
		assert_string_equal(p.house, addr[i][2]);
	}
}

/* The street comparison: the same house, the same street with a number
 * on one side, another number, another street; only in the citizen's
 * commune (street names repeat from town to town).  The parcel's street
 * stands in when the owner's address gives none, and the same house
 * outweighs a namesake's street. */
static void
street_levels(void **state)
{
	lr_person o, home, nonum, other, far, elsewhere;
	lr_model *m = lr_model_new();
	lr_pattern pat;
	double w[2];

	(void)state;
	mk(&home, "Lò Văn Bun", NULL, 'M', NULL, "03127",
	    "số 12, đường Trần Phú, phường Him Lam");
	mk(&nonum, "Lò Văn Bun", NULL, 'M', NULL, "03127",
	    "đường Trần Phú, phường Him Lam");
	mk(&other, "Lò Văn Bun", NULL, 'M', NULL, "03127",
	    "số 40 Trần Phú, phường Him Lam");
	mk(&far, "Lò Văn Bun", NULL, 'M', NULL, "03127",
	    "số 12 đường Võ Nguyên Giáp, phường Him Lam");
	mk(&elsewhere, "Lò Văn Bun", NULL, 'M', NULL, "03130",
	    "số 12, đường Trần Phú, phường Mường Thanh");
	mk(&o, "Lò Văn Bun", NULL, 'M', NULL, "03127",
	    "SN 12 đường Trần Phú, Him Lam");
	expect(&o, &home, LR_CMP_STREET, "house");
	expect(&o, &nonum, LR_CMP_STREET, "street");
	expect(&o, &other, LR_CMP_STREET, "other-number");
	expect(&o, &far, LR_CMP_STREET, "differs");
	expect(&o, &elsewhere, LR_CMP_STREET, "missing");
	lr_compare(&o, &home, &pat);
	w[0] = lr_model_weight(m, &pat, NULL, NULL);
	lr_compare(&o, &other, &pat);
	w[1] = lr_model_weight(m, &pat, NULL, NULL);
	assert_true(w[0] > w[1] + 10);
	mk(&o, "Lò Văn Bun", NULL, 'M', NULL, NULL, NULL);
	expect(&o, &home, LR_CMP_STREET, "missing");
	lr_person_set_parcel(&o, "03127", "số 12 đường Trần Phú");
	expect(&o, &home, LR_CMP_STREET, "house");
	expect(&o, &elsewhere, LR_CMP_STREET, "missing");
	lr_model_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(levels_exact),
		cmocka_unit_test(levels_damaged),
		cmocka_unit_test(levels_typos),
		cmocka_unit_test(communes_through_history),
		cmocka_unit_test(communes_by_distance),
		cmocka_unit_test(villages_numbered),
		cmocka_unit_test(commune_share),
		cmocka_unit_test(age_at_decision),
		cmocka_unit_test(age_never_links),
		cmocka_unit_test(dead_at_decision),
		cmocka_unit_test(weights),
		cmocka_unit_test(weights_registry_u),
		cmocka_unit_test(em_fit),
		cmocka_unit_test(decide),
		cmocka_unit_test(name_only_probability),
		cmocka_unit_test(ties_shown),
		cmocka_unit_test(name_prob),
		cmocka_unit_test(namesake_unplaced),
		cmocka_unit_test(household),
		cmocka_unit_test(household_plausible),
		cmocka_unit_test(household_unplaced),
		cmocka_unit_test(parcel_place),
		cmocka_unit_test(decision_place),
		cmocka_unit_test(street_forms),
		cmocka_unit_test(street_levels),
		cmocka_unit_test(other_decisions),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
