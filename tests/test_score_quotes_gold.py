"""The quote scorer's gold-participants mode reads a Russian item in Russian, as the pipeline does.

The texts were written for this test in the style of a Russian-language Ukrainian report.
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RAW = (
    "В Днепре отремонтируют мост\n\n"
    "Городской голова Борис Филатов сообщил, что ремонт моста через Днепр начнется в мае.\n\n"
    "«Подрядчик уже выбран, деньги в бюджете есть», – сказал Филатов.\n"
)


def _entity(kind: str, text: str, start: int) -> dict[str, object]:
    start = RAW.index(text, start)
    return {"type": kind, "start": start, "end": start + len(text), "text": text}


def _corpus(root: Path) -> Path:
    for folder in ("raw", "gold", "annotations/quotes"):
        (root / folder).mkdir(parents=True)
    (root / "raw" / "item.txt").write_text(RAW, encoding="utf-8", newline="")
    first = RAW.index("Борис")
    entities = [
        _entity("JOB", "Городской голова", 0),
        _entity("PERS", "Борис Филатов", 0),
        _entity("PERS", "Филатов", first + len("Борис Филатов")),
    ]
    (root / "gold" / "item.json").write_text(json.dumps({"entities": entities}), encoding="utf-8")
    quotes = [
        {
            "parts": ["ремонт моста через Днепр начнется в мае"],
            "speaker": "Филатов",
            "kind": "indirect",
        },
        {"parts": ["Подрядчик уже выбран, деньги в бюджете есть"], "speaker": "Филатов"},
    ]
    quotes[1]["kind"] = "direct"
    (root / "annotations" / "quotes" / "item.json").write_text(
        json.dumps(quotes, ensure_ascii=False), encoding="utf-8"
    )
    return root


def _figures(corpus: Path, mode: str) -> str:
    return subprocess.run(  # noqa: S603 - the project's own scorer on a corpus made here
        [
            sys.executable,
            str(ROOT / "scripts" / "score_quotes.py"),
            str(corpus),
            "--participants",
            mode,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout


def test_gold_participants_keep_the_russian_cues(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    pipeline = _figures(corpus, "pipeline")
    gold = _figures(corpus, "gold")
    assert "matched 2" in pipeline
    # Russian cues (``сообщил, что``, ``сказал``) are found with gold participants too.
    assert "matched 2" in gold
    assert "speaker accuracy 1.000" in gold
