"""Chapter 13: the bank customer churn data, from a user's CSV or from a generated replica.

The case study of chapter 13 uses a well-known table of 10,000 bank customers
(`Churn_Modelling.csv`, widely copied on Kaggle) that the course does not redistribute. When a
user places that file in `data/` (or passes its path), `load_bank_churn` reads it; otherwise it
returns a replica made by `make_bank_churn`: a seeded generator with the same 14 columns whose
marginal distributions resemble the original and whose churn depends on the same customer
properties. The replica is generated, not downloaded, and `frame.attrs["generated"]` says so.

How the replica is made (`make_bank_churn`):

- Geography France / Germany / Spain with probabilities 0.50 / 0.25 / 0.25; Gender 55 % male.
- Age 18 + a log-normal (median about 37, mostly 25-60, a long tail to 92).
- CreditScore normal(650, 97), clipped to 350-850; Tenure 0-10 years (0 and 10 half as often).
- Balance: 0 for about half of the French and Spanish customers and for almost no German
  ones (about 36 % zeros overall), otherwise normal(120,000, 30,000), at least 3,000.
- NumOfProducts 1-4: customers with a zero balance mostly hold 2 products, the others mostly 1;
  about 51 % / 46 % / 3 % / 0.6 % overall.
- HasCrCard 71 % yes, IsActiveMember 52 % yes, EstimatedSalary uniform up to 200,000.
- Exited is drawn from a logistic model: churn rises steeply with age up to the mid-fifties and
  falls again after, is higher for inactive members, for German customers, for women and for
  customers with a balance, lowest with 2 products and very high with 3 or 4. The intercept is
  solved for a churn rate of 20.4 % (as in the original). Drawing each label at random from the
  model's probability is the label noise: even the true model is right for only about 87 % of
  the customers, and the chapter's small network reaches about 86 %, as in the case study.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

BANK_COLUMNS = [
    "RowNumber",
    "CustomerId",
    "Surname",
    "CreditScore",
    "Geography",
    "Gender",
    "Age",
    "Tenure",
    "Balance",
    "NumOfProducts",
    "HasCrCard",
    "IsActiveMember",
    "EstimatedSalary",
    "Exited",
]
BANK_FEATURES = BANK_COLUMNS[3:13]  # the documents' columns 3-12: CreditScore ... EstimatedSalary
BANK_CATEGORICAL = ["Geography", "Gender"]
BANK_NUMERIC = [c for c in BANK_FEATURES if c not in BANK_CATEGORICAL]
BANK_TARGET = "Exited"
CHURN_RATE = 0.2037  # the share of customers who left in the original table
DEFAULT_SEED = 2018

_DATA = Path(__file__).resolve().parents[1] / "data" / "Churn_Modelling.csv"
# Where load_bank_churn looks when no path is given (relative paths: the working directory).
DEFAULT_PATHS = (Path("Churn_Modelling.csv"), Path("data") / "Churn_Modelling.csv", _DATA)

_SURNAMES = (
    "Hargrave Hill Onio Boni Mitchell Chu Bartlett Obinna He Lo Bearce Andrews Kay Chin Scott "
    "Goforth Romeo Henderson Muldrow Hao McDonald Dellucci Gerasimov Mosman Yen Maclean Young "
    "Nebechi McWilliams Lucciano Azikiwe Odinakachukwu Sanderson Maggard Clements Lombardo "
    "Watson Lorenzo Armstrong Cameron Hsiung Tomlinson Dyer Wright Ch'ang Rossi Fanucci Ferri "
    "Kuo Martin Ivanova Smirnov Nwachukwu Dumetolisa Pisano Morrison Kennedy Fu Trevisani Bruno"
).split()


def make_bank_churn(n: int = 10_000, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """Chapter 13: a generated replica of the bank churn table, `n` customers, seeded."""
    if n < 1:
        raise ValueError(f"make_bank_churn needs at least one customer, got n={n}")
    rng = np.random.default_rng(seed)
    geography = rng.choice(["France", "Germany", "Spain"], size=n, p=[0.50, 0.25, 0.25])
    gender = rng.choice(["Male", "Female"], size=n, p=[0.545, 0.455])
    age = np.clip(np.round(18 + rng.lognormal(np.log(19.0), 0.45, size=n)), 18, 92)
    credit = np.clip(np.round(rng.normal(650, 97, size=n)), 350, 850)
    tenure = rng.choice(11, size=n, p=np.r_[0.5, np.ones(9), 0.5] / 10)
    p_zero = np.where(geography == "Germany", 0.0, 0.48)
    zero = rng.random(n) < p_zero
    balance = np.where(zero, 0.0, np.round(np.maximum(rng.normal(119_800, 30_000, n), 3_000), 2))
    p_products = np.where(zero[:, None], [0.25, 0.72, 0.025, 0.005], [0.65, 0.31, 0.032, 0.008])
    products = 1 + (rng.random(n)[:, None] > np.cumsum(p_products, axis=1)).sum(axis=1)
    products = np.minimum(products, 4)
    has_card = (rng.random(n) < 0.7055).astype(int)
    active = (rng.random(n) < 0.515).astype(int)
    salary = np.round(rng.uniform(11.58, 199_992.48, size=n), 2)

    frame = pd.DataFrame(
        {
            "RowNumber": np.arange(1, n + 1),
            "CustomerId": 15_565_701 + rng.choice(250_000, size=n, replace=False),
            "Surname": rng.choice(_SURNAMES, size=n),
            "CreditScore": credit.astype(int),
            "Geography": geography,
            "Gender": gender,
            "Age": age.astype(int),
            "Tenure": tenure.astype(int),
            "Balance": balance,
            "NumOfProducts": products.astype(int),
            "HasCrCard": has_card,
            "IsActiveMember": active,
            "EstimatedSalary": salary,
        }
    )
    logit = _churn_logit(frame)
    logit += _intercept(logit, CHURN_RATE)
    frame["Exited"] = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    frame.attrs["generated"] = True
    frame.attrs["source"] = f"generated replica (dlcourse.churn.make_bank_churn, seed {seed})"
    return frame


def _churn_logit(frame: pd.DataFrame) -> np.ndarray:
    """The log-odds of churn, up to the intercept, of the replica's customers."""
    age = frame["Age"].to_numpy(dtype=float)
    active = frame["IsActiveMember"].to_numpy()
    products = frame["NumOfProducts"].to_numpy()
    balance = frame["Balance"].to_numpy(dtype=float)
    age_effect = 4.9 * np.exp(-(((age - 55) / 11.0) ** 2))
    logit = (
        age_effect
        - 1.35 * active
        + 0.7 * active * (age < 42)  # activity matters most for older customers
        + 1.1 * (frame["Geography"].to_numpy() == "Germany")
        + 0.65 * (frame["Gender"].to_numpy() == "Female")
        + np.array([0.0, 0.0, -1.8, 3.2, 6.3])[products]
        + 0.25 * (balance > 0)
        - 0.001 * (frame["CreditScore"].to_numpy(dtype=float) - 650)
    )
    return logit


def _intercept(logit: np.ndarray, rate: float) -> float:
    """The intercept that makes the mean churn probability equal to `rate` (bisection)."""
    low, high = -20.0, 20.0
    for _ in range(60):
        mid = (low + high) / 2
        if np.mean(1 / (1 + np.exp(-(logit + mid)))) < rate:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def load_bank_churn(path: str | Path | None = None, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """Chapter 13: the bank churn table from a CSV if there is one, else the generated replica.

    With `path`, read that CSV (it must exist). Without, read `Churn_Modelling.csv` from the
    working directory, its `data/` folder or the repository's `data/` folder if present, else
    return `make_bank_churn(seed=seed)`. `frame.attrs["generated"]` says which it is and
    `frame.attrs["source"]` describes it in words.
    """
    if path is None:
        found = [p for p in DEFAULT_PATHS if p.is_file()]
        if not found:
            return make_bank_churn(seed=seed)
        path = found[0]
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(
            f"no bank churn CSV at {path}: pass the path to Churn_Modelling.csv"
        )
    frame = pd.read_csv(path)
    missing = [c for c in BANK_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(
            f"{path} is not the bank churn table: it lacks the column(s) {', '.join(missing)} "
            f"(expected {', '.join(BANK_COLUMNS)})"
        )
    frame = frame[BANK_COLUMNS].copy()
    frame.attrs["generated"] = False
    frame.attrs["source"] = f"the CSV file {path}"
    return frame
