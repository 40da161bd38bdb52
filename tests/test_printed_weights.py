"""The 分值 an equal split prints add up to their level's total: a reviewer adds the column up."""

from __future__ import annotations

import random
from decimal import Decimal as D

from desktop.cli import main
from desktop.domain.scoring import equal_shares
from desktop.operations.recheck import recheck_self_eval_file


def test_an_equal_split_is_in_cents_and_adds_up():
    assert equal_shares(D("50"), 3) == [D("16.67"), D("16.67"), D("16.66")]
    assert equal_shares(D("30"), 4) == [D("7.50")] * 4
    assert equal_shares(D("10"), 1) == [D("10.00")]
    assert equal_shares(D("0"), 2) == [D("0.00")] * 2
    rng = random.Random(16)
    for _ in range(2000):
        total, count = D(rng.randrange(0, 10001)) / 100, rng.randrange(1, 40)
        shares = equal_shares(total, count)
        assert sum(shares) == total and max(shares) - min(shares) <= D("0.01")
        assert all(s == s.quantize(D("0.01")) for s in shares)
    # a total finer than the cent (weights set by hand to 0.001) is split exactly, as before
    assert equal_shares(D("10.005"), 3) == [D("10.005") / 3] * 3


def test_our_printed_self_eval_forms_pass_our_own_recheck_of_their_weights(tmp_path, seed_path, capsys):
    """Seed 002 printed as 自评表 workbooks: no form's 分值 column disagrees with its 总分 (11 of 45
    did: 16.67 × 3 printed for 50). What recheck still finds are levels without indicators, which
    检查 says too."""
    db, out = tmp_path / "x.db", tmp_path / "自评表.xlsx"
    assert main(["import", str(seed_path("002_ab6e064b63c97b02")), "--db", str(db)]) == 0
    assert main(["report", "self-eval", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    _book, checks = recheck_self_eval_file(str(out), None)
    assert len(checks) == 45
    printed_off = [(c.project, f.note) for c in checks for f in c.findings if "总分栏印为" in f.note]
    assert printed_off == []
