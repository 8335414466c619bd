"""Chapters 8 and 13: every outcome their prose states holds in the executed notebooks."""

from __future__ import annotations

import math

import pytest
from test_book import executed_text, glued

pytestmark = pytest.mark.slow

PIMA = "book/08_first_keras_network"
CHURN = "book/13_churn_case_study"

# (chapter, condition on the glued values, what the prose says)
CONDITIONS = [
    # Chapter 8: the chapter's 12-8-1 network, step by step
    (PIMA, "pima_keras_backend.strip(\"'\") in ('tensorflow', 'jax', 'torch')", "a backend"),
    (PIMA, "pima_features == 7 and pima_train_rows == 200", "7 features, 200 training rows"),
    (PIMA, "pima_test_mean_shift > 0", "the test features are not exactly centred"),
    (PIMA, "pima_parameters == 7 * 12 + 12 + 12 * 8 + 8 + 8 + 1", "the summary's count"),
    (PIMA, "pima_fit_rows + pima_val_rows == pima_train_rows", "the validation split"),
    (PIMA, "isclose(pima_val_step, 1 / pima_val_rows)", "one validation row's worth"),
    (PIMA, "pima_final_loss < pima_first_loss", "the training loss falls"),
    (PIMA, "pima_final_val_loss < pima_first_val_loss", "the validation loss falls"),
    (
        PIMA,
        "pima_first_val_loss - pima_final_val_loss < pima_first_loss - pima_final_loss",
        "the validation loss falls much less than the training loss",
    ),
    (PIMA, "pima_final_val_loss > pima_final_loss", "the gap between the two losses"),
    (
        PIMA,
        "abs(pima_test_accuracy - pima_documents_accuracy) <= 0.02",
        "the test accuracy is close to the listing's 77.73 %",
    ),
    (PIMA, "pima_train_accuracy >= pima_test_accuracy", "the training accuracy is optimistic"),
    (
        PIMA,
        "pima_test_accuracy - pima_majority_accuracy >= 0.05",
        "the network clearly beats always answering no diabetes",
    ),
    (
        PIMA,
        "pima_logistic_accuracy > pima_test_accuracy",
        "logistic regression does better still",
    ),
    # Chapter 8, Step 6: the documents' 16-8-1 recipe against the chapter's 12-8-1 recipe
    (PIMA, "pima_docs_parameters == 7 * 16 + 16 + 16 * 8 + 8 + 8 + 1", "16-8-1 parameters"),
    (PIMA, "pima_docs_updates == 150 * 20", "the listing's weight updates"),
    (PIMA, "pima_course_updates == 25 * 5", "the chapter's weight updates"),
    (PIMA, "pima_seed_count >= 3", "a few seeds per recipe"),
    (PIMA, "isclose(pima_one_woman, 1 / 332)", "one test woman's worth"),
    (
        PIMA,
        "pima_course_ahead + pima_course_behind <= pima_seed_count",
        "ahead with some seeds, behind with others",
    ),
    (
        PIMA,
        "('12-8-1' in pima_better_recipe) == (pima_course_mean > pima_docs_mean)",
        "the recipe named better has the higher mean test accuracy",
    ),
    (
        PIMA,
        "isclose(pima_mean_difference, abs(pima_course_mean - pima_docs_mean), abs_tol=1e-6)",
        "the difference the prose names",
    ),
    (
        PIMA,
        "isclose(pima_test_se, sqrt(pima_course_mean * (1 - pima_course_mean) / 332))",
        "the standard error of an accuracy on 332 women",
    ),
    (
        PIMA,
        "pima_test_se > max(pima_course_std, pima_docs_std)",
        "the test set's sampling is a larger source of chance than the seeds",
    ),
    (
        PIMA,
        "isclose(pima_difference_in_se, pima_mean_difference / pima_test_se)",
        "the difference in standard errors",
    ),
    (
        PIMA,
        "pima_course_mean - pima_test_se < pima_runs_min"
        " and pima_runs_max < pima_course_mean + pima_test_se",
        "every run of both recipes lies within one standard error of our mean",
    ),
    (
        PIMA,
        "pima_majority_accuracy < pima_runs_min and pima_runs_max < pima_logistic_accuracy",
        "every run lies between the majority class and logistic regression (the figure)",
    ),
    (
        PIMA,
        "pima_difference_in_se < 0.5",
        "the difference between the recipes is far inside the test set's noise",
    ),
    (
        PIMA,
        "pima_docs_train_mean > pima_docs_mean",
        "the listing's 150 epochs fit the training rows better than the test rows",
    ),
    (
        PIMA,
        "pima_docs_train_mean > pima_course_train_mean",
        "the listing's longer training fits the training rows more closely",
    ),
    (
        PIMA,
        "pima_docs_mean - pima_course_mean < pima_test_se / 2",
        "that closer fit does not show up on the test women",
    ),
    (
        PIMA,
        "max(pima_course_mean, pima_docs_mean) < pima_logistic_accuracy",
        "both recipes stay below logistic regression on average",
    ),
    (
        PIMA,
        "isclose(pima_logistic_gap_in_se,"
        " (pima_logistic_accuracy - pima_course_mean) / pima_test_se)",
        "logistic regression's lead in standard errors",
    ),
    (
        PIMA,
        "pima_runs_max < pima_logistic_accuracy and 0 < pima_logistic_gap_in_se < 2",
        "logistic regression is ahead of every run, by less than two standard errors",
    ),
    (
        PIMA,
        "(min(pima_course_mean, pima_docs_mean) - pima_majority_accuracy) / pima_test_se > 3",
        "the majority class is beaten by a wide margin",
    ),
    (
        PIMA,
        "min(pima_course_mean, pima_docs_mean) > pima_majority_accuracy",
        "both recipes beat the majority class on average",
    ),
    # Chapter 13: the data and the replica
    (CHURN, "'generated' in churn_data_source", "the build runs on the generated replica"),
    (CHURN, "churn_rows == 10000", "10,000 customers"),
    (CHURN, "churn_rate_under_40 < churn_rate < churn_rate_50s", "churn rises with age"),
    (CHURN, "churn_rate_over_60 < churn_rate_50s", "and falls again after sixty"),
    (
        CHURN,
        "churn_rate_country_Germany > max(churn_rate_country_France, churn_rate_country_Spain)",
        "Germany is higher than France and Spain",
    ),
    (
        CHURN,
        "churn_rate_number_2 < min(churn_rate_number_1, churn_rate_number_3, churn_rate_number_4)",
        "2 products is lowest",
    ),
    (
        CHURN,
        "min(churn_rate_number_3, churn_rate_number_4)"
        " > max(churn_rate_number_1, churn_rate_number_2)",
        "3 or 4 products are highest",
    ),
    (CHURN, "churn_rate_active_0 > churn_rate_active_1", "inactive members leave more often"),
    (
        CHURN,
        "churn_train_shift < 1e-9 < churn_test_shift",
        "the scaled training columns have mean 0, the test columns nearly so",
    ),
    # Chapter 13: the network and its training
    (CHURN, "churn_n_weights == 72 + 42 + 7", "the network's weights and biases"),
    (CHURN, "churn_docs_updates == 50 * 800", "the documents' weight updates"),
    (
        CHURN,
        "churn_updates == churn_epochs * ceil(8000 / churn_batch_size)",
        "this run's weight updates",
    ),
    (CHURN, "churn_final_loss < churn_first_loss", "the training loss falls"),
    (
        CHURN,
        "churn_first_loss - churn_loss_at_5 > churn_loss_at_5 - churn_final_loss",
        "most of the progress happens in the first few epochs",
    ),
    # Chapter 13: the test set
    (CHURN, "isclose(churn_documents_accuracy, 0.858)", "the documents' (1541 + 175) / 2000"),
    (
        CHURN,
        "abs(churn_test_accuracy - churn_documents_accuracy) <= 0.03",
        "the network lands near the documents' accuracy (by design of the replica)",
    ),
    (
        CHURN,
        "churn_test_accuracy > churn_majority_accuracy",
        "the network beats always answering stays",
    ),
    (CHURN, "0 < churn_test_caught < churn_test_leavers", "some leavers are missed"),
    (
        CHURN,
        "churn_caught_at_03 > churn_test_caught"
        " and churn_false_alarms_at_03 > churn_test_false_alarms",
        "a threshold of 0.3 catches more leavers at the price of more false alarms",
    ),
    (CHURN, "churn_single_customer_probability < 0.5", "the Spanish woman is predicted to stay"),
    (
        CHURN,
        "churn_documents_row_probability < churn_single_customer_probability",
        "the French man of the documents' row gets a lower probability",
    ),
    # Chapter 13: the real telecom data, and the comparison
    (CHURN, "telco_test_accuracy > telco_majority_accuracy", "the telco network beats stays"),
    (
        CHURN,
        "0 < churn_gain < 0.10 and 0 < telco_gain < 0.10",
        "the gain over the baseline is a few percentage points on both data sets",
    ),
    (
        CHURN,
        "isclose(churn_gain, churn_test_accuracy - churn_majority_accuracy)"
        " and isclose(telco_gain, telco_test_accuracy - telco_majority_accuracy)",
        "the gains are the differences the prose names",
    ),
    (
        CHURN,
        "churn_recall < 0.75 and telco_recall < 0.75",
        "many leavers go unnoticed on both data sets",
    ),
]

NAMES = {
    "abs": abs,
    "min": min,
    "max": max,
    "ceil": math.ceil,
    "sqrt": math.sqrt,
    "isclose": math.isclose,
}


@pytest.mark.parametrize(
    "chapter, condition, what", CONDITIONS, ids=[f"{c[0][5:7]}: {c[2]}" for c in CONDITIONS]
)
def test_stated_outcomes_hold(built, chapter, condition, what):
    values = glued(built, chapter)
    assert eval(condition, dict(NAMES), dict(values)), f"{what}: {condition} with {values}"


# Lines the executed chapters print, that the prose relies on.
PRINTED = [
    (PIMA, "same as step 5: True", "pima_experiment reproduces Step 5 exactly"),
    (CHURN, "inputs per customer: 11", "2 + 1 + 8 = 11 inputs, the documents' input_dim"),
    (CHURN, "prediction: stays", "the new customer is predicted to stay"),
]


@pytest.mark.parametrize("chapter, line, what", PRINTED, ids=[p[2] for p in PRINTED])
def test_printed_lines(built, chapter, line, what):
    assert line in executed_text(built, chapter), what
