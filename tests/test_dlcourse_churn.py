"""The bank churn data of chapter 13: the generated replica and the CSV loader."""

from __future__ import annotations

import pandas as pd
import pytest

from dlcourse import churn
from dlcourse.churn import BANK_COLUMNS, BANK_FEATURES, load_bank_churn, make_bank_churn


@pytest.fixture(scope="module")
def bank() -> pd.DataFrame:
    return make_bank_churn()


@pytest.fixture
def no_default_csv(monkeypatch, tmp_path):
    """Work in an empty folder, with no Churn_Modelling.csv anywhere load_bank_churn looks."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(churn, "DEFAULT_PATHS", (tmp_path / "Churn_Modelling.csv",))


def test_replica_has_the_case_study_schema(bank):
    assert list(bank.columns) == BANK_COLUMNS
    assert BANK_FEATURES == BANK_COLUMNS[3:13]
    assert len(bank) == 10_000 and bank.attrs["generated"] is True
    assert "generated" in bank.attrs["source"]
    assert not bank.isna().any().any()


def test_replica_dtypes(bank):
    for column in ["Surname", "Geography", "Gender"]:
        assert pd.api.types.is_string_dtype(bank[column]), column
    for column in ["Balance", "EstimatedSalary"]:
        assert pd.api.types.is_float_dtype(bank[column]), column
    for column in set(BANK_COLUMNS) - {
        "Surname",
        "Geography",
        "Gender",
        "Balance",
        "EstimatedSalary",
    }:
        assert pd.api.types.is_integer_dtype(bank[column]), column


def test_replica_ranges(bank):
    assert bank["RowNumber"].tolist() == list(range(1, 10_001))
    assert bank["CustomerId"].is_unique and bank["CustomerId"].between(15_565_701, 15_815_700).all()
    assert set(bank["Geography"]) == {"France", "Germany", "Spain"}
    assert set(bank["Gender"]) == {"Female", "Male"}
    assert bank["CreditScore"].between(350, 850).all()
    assert bank["Age"].between(18, 92).all() and bank["Age"].between(25, 60).mean() > 0.9
    assert set(bank["Tenure"]) == set(range(11))
    assert set(bank["NumOfProducts"]) == {1, 2, 3, 4}
    assert bank["NumOfProducts"].isin([1, 2]).mean() > 0.95
    for column in ["HasCrCard", "IsActiveMember", "Exited"]:
        assert set(bank[column]) == {0, 1}, column
    assert (bank["Balance"] >= 0).all() and 0.33 < (bank["Balance"] == 0).mean() < 0.39
    assert bank["EstimatedSalary"].between(0, 200_000).all()


def test_replica_marginals_resemble_the_original(bank):
    shares = bank["Geography"].value_counts(normalize=True)
    assert abs(shares["France"] - 0.5) < 0.03
    assert abs(shares["Germany"] - 0.25) < 0.03 and abs(shares["Spain"] - 0.25) < 0.03
    rate = bank.groupby("Geography")["Exited"].mean()
    assert rate["Germany"] > rate["France"] + 0.1
    by_products = bank.groupby("NumOfProducts")["Exited"].mean()
    assert by_products[2] < by_products[1] < by_products[3] < by_products[4]
    by_active = bank.groupby("IsActiveMember")["Exited"].mean()
    assert by_active[0] > by_active[1]


@pytest.mark.parametrize("seed", [0, 1, churn.DEFAULT_SEED])
def test_churn_rate_is_about_20_percent(seed):
    assert 0.18 <= make_bank_churn(seed=seed)["Exited"].mean() <= 0.22


def test_churn_depends_on_age_non_linearly(bank):
    by_age = bank.groupby(pd.cut(bank["Age"], [17, 30, 45, 60, 92]), observed=True)["Exited"]
    rates = by_age.mean().to_numpy()
    assert rates[0] < rates[1] < rates[2] and rates[3] < rates[2]


def test_same_seed_same_data_other_seed_other_data():
    pd.testing.assert_frame_equal(make_bank_churn(500, seed=3), make_bank_churn(500, seed=3))
    assert not make_bank_churn(500, seed=3).equals(make_bank_churn(500, seed=4))


def test_small_replicas_and_bad_sizes():
    assert len(make_bank_churn(1)) == 1
    with pytest.raises(ValueError, match="at least one customer"):
        make_bank_churn(0)


def test_load_without_csv_gives_the_replica(no_default_csv):
    frame = load_bank_churn(seed=5)
    assert frame.attrs["generated"] is True
    pd.testing.assert_frame_equal(frame, make_bank_churn(seed=5))


def test_load_reads_a_given_csv(tmp_path):
    path = tmp_path / "mine.csv"
    make_bank_churn(20, seed=1).iloc[:, ::-1].assign(Extra=1).to_csv(path, index=False)
    frame = load_bank_churn(path)
    assert frame.attrs["generated"] is False and str(path) in frame.attrs["source"]
    assert list(frame.columns) == BANK_COLUMNS and len(frame) == 20
    assert frame["Exited"].tolist() == make_bank_churn(20, seed=1)["Exited"].tolist()


def test_load_finds_the_csv_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    make_bank_churn(30, seed=2).to_csv(tmp_path / "data" / "Churn_Modelling.csv", index=False)
    frame = load_bank_churn()
    assert frame.attrs["generated"] is False and len(frame) == 30


def test_csv_with_missing_columns_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    make_bank_churn(5).drop(columns=["Geography", "Exited"]).to_csv(path, index=False)
    with pytest.raises(ValueError, match=r"lacks the column\(s\) Geography, Exited"):
        load_bank_churn(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="no bank churn CSV"):
        load_bank_churn(tmp_path / "nowhere.csv")
