"""GRU encoder-decoders that translate one sequence (a word, a line) a character at a time, with or without
attention.

The encoder is a bidirectional GRU over the source characters plus the end token; padded positions are
packed away, so each direction ends at the word's real end. The decoder is a GRU cell fed the previous
character (in training the true one, teacher forcing, unless a feeding policy says otherwise; its own guess when
translating: greedy decoding).
Without attention it sees the source only through its initial state; with attention it also reads, at
every step t, a context vector ``c_t = sum_j a_tj h_j``, a weighted mean of the encoder outputs ``h_j``
whose weights ``a_t`` (one row of the alignment matrix) sum to 1 over the real source positions.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.decoding import BeamSearch
from rnnlab.engine.translate.task import END, PAD, START


def pad_batch(sequences: list[list[int]]) -> tuple[Tensor, Tensor]:
    """Stack token-id lists into a (batch, longest) tensor padded with PAD, and their lengths."""
    lengths = torch.tensor([len(s) for s in sequences], dtype=torch.long)
    batch = torch.full((len(sequences), int(lengths.max())), PAD, dtype=torch.long)
    for row, seq in enumerate(sequences):
        batch[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
    return batch, lengths


class Encoder(nn.Module):
    """Bidirectional GRU over the source; returns every position's output and the decoder's first state."""

    def __init__(self, vocabulary_size: int, embedding_size: int, hidden_size: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocabulary_size, embedding_size, padding_idx=PAD)
        self.gru = nn.GRU(embedding_size, hidden_size, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden_size, hidden_size)

    def forward(self, source: Tensor, lengths: Tensor) -> tuple[Tensor, Tensor]:
        packed = pack_padded_sequence(self.embedding(source), lengths, batch_first=True, enforce_sorted=False)
        outputs, final = self.gru(packed)
        outputs, _ = pad_packed_sequence(outputs, batch_first=True, total_length=source.size(1))
        state = torch.tanh(self.bridge(torch.cat([final[0], final[1]], dim=-1)))
        return outputs, state


class AdditiveAttention(nn.Module):
    """Bahdanau's additive score ``e_tj = v^T tanh(W s_{t-1} + U h_j)``, softmax over real positions."""

    def __init__(self, state_size: int, memory_size: int, attention_size: int) -> None:
        super().__init__()
        self.query = nn.Linear(state_size, attention_size, bias=False)
        self.key = nn.Linear(memory_size, attention_size)
        self.score = nn.Linear(attention_size, 1, bias=False)

    def keys(self, memory: Tensor) -> Tensor:
        """``U h_j`` for every source position, computed once per word."""
        keys: Tensor = self.key(memory)
        return keys

    def scores(self, state: Tensor, keys: Tensor) -> Tensor:
        scores: Tensor = self.score(torch.tanh(self.query(state).unsqueeze(1) + keys))
        return scores.squeeze(-1)


class DotAttention(nn.Module):
    """Scaled dot-product score ``e_tj = (W_q s_{t-1}) . (W_k h_j) / sqrt(d)``, softmax over real positions."""

    def __init__(self, state_size: int, memory_size: int, attention_size: int) -> None:
        super().__init__()
        self.query = nn.Linear(state_size, attention_size, bias=False)
        self.key = nn.Linear(memory_size, attention_size, bias=False)
        self.scale = 1.0 / math.sqrt(attention_size)

    def keys(self, memory: Tensor) -> Tensor:
        """``W_k h_j`` for every source position, computed once per word."""
        keys: Tensor = self.key(memory)
        return keys

    def scores(self, state: Tensor, keys: Tensor) -> Tensor:
        return torch.bmm(keys, self.query(state).unsqueeze(-1)).squeeze(-1) * self.scale


def masked_softmax(scores: Tensor, mask: Tensor) -> Tensor:
    """Softmax over the last axis counting only positions where ``mask`` is True (padding gets weight 0)."""
    return torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)


class Decoder(nn.Module):
    """GRU cell decoder; with attention its input and output also see the context vector ``c_t``."""

    def __init__(self, vocabulary_size: int, embedding_size: int, hidden_size: int, attention: str) -> None:
        super().__init__()
        memory_size = 2 * hidden_size
        kinds: dict[str, type[AdditiveAttention | DotAttention]] = {"additive": AdditiveAttention, "dot": DotAttention}
        self.attention = kinds[attention](hidden_size, memory_size, hidden_size) if attention in kinds else None
        context_size = memory_size if self.attention is not None else 0
        self.embedding = nn.Embedding(vocabulary_size, embedding_size, padding_idx=PAD)
        self.cell = nn.GRUCell(embedding_size + context_size, hidden_size)
        self.output = nn.Linear(hidden_size + context_size, vocabulary_size)

    def step(self, previous: Tensor, state: Tensor, memory: Tensor, keys: Tensor | None,
             mask: Tensor) -> tuple[Tensor, Tensor, Tensor | None]:
        """One character: (logits, new state, attention weights or None) from the previous character."""
        embedded = self.embedding(previous)
        if self.attention is None:
            state = self.cell(embedded, state)
            return self.output(state), state, None
        assert keys is not None, "an attention decoder is given the keys of its memory (Seq2Seq._encode)"
        weights = masked_softmax(self.attention.scores(state, keys), mask)
        context = torch.bmm(weights.unsqueeze(1), memory).squeeze(1)
        state = self.cell(torch.cat([embedded, context], dim=-1), state)
        return self.output(torch.cat([state, context], dim=-1)), state, weights


def build_empty(config: TranslatorConfig, vocabulary_size: int, device: torch.device | str = "cpu") -> "Seq2Seq":
    """A Seq2Seq whose weights are allocated on ``device`` but not yet drawn (fill them with
    ``Seq2Seq.initialise`` or ``load_state_dict``). It is built on the meta device, so construction draws nothing
    from torch's process-wide generator, which another job in another thread may be using."""
    with torch.device("meta"):
        model = Seq2Seq(config, vocabulary_size)
    return model.to_empty(device=device)


class Seq2Seq(nn.Module):
    """The whole translator: encoder, decoder, teacher-forced scoring, and batched greedy and beam decoding; source
    and target share one vocabulary of ``vocabulary_size`` tokens (the task's)."""

    def __init__(self, config: TranslatorConfig, vocabulary_size: int) -> None:
        super().__init__()
        self.encoder = Encoder(vocabulary_size, config.embedding_size, config.hidden_size)
        self.decoder = Decoder(vocabulary_size, config.embedding_size, config.hidden_size, config.attention)

    @property
    def has_attention(self) -> bool:
        """True for the additive and dot-product decoders."""
        return self.decoder.attention is not None

    def _encode(self, source: Tensor, lengths: Tensor) -> tuple[Tensor, Tensor, Tensor | None, Tensor]:
        memory, state = self.encoder(source, lengths)
        keys = self.decoder.attention.keys(memory) if self.decoder.attention is not None else None
        positions = torch.arange(source.size(1), device=source.device)
        mask = positions.unsqueeze(0) < lengths.to(source.device).unsqueeze(1)
        return memory, state, keys, mask

    @torch.no_grad()
    def initialise(self, generator: torch.Generator) -> "Seq2Seq":
        """Draw every weight from ``generator`` with PyTorch's default distributions, so the job's seed alone
        decides the model: embeddings N(0, 1) with the padding row zero, linear layers and GRUs
        U(-1/sqrt(n), 1/sqrt(n)), n the fan-in or hidden size. Use it on a model built by ``build_empty``, which
        draws nothing from the process-wide generator."""
        for module in self.modules():
            if isinstance(module, nn.Embedding):
                nn.init.normal_(module.weight, generator=generator)
                module.weight[module.padding_idx].zero_()
            elif isinstance(module, nn.Linear):
                bound = 1.0 / math.sqrt(module.in_features)
                for tensor in module.parameters():
                    nn.init.uniform_(tensor, -bound, bound, generator=generator)
            elif isinstance(module, (nn.GRU, nn.GRUCell)):
                bound = 1.0 / math.sqrt(module.hidden_size)
                for tensor in module.parameters():
                    nn.init.uniform_(tensor, -bound, bound, generator=generator)
        return self

    def forward(self, source: Tensor, lengths: Tensor, target_in: Tensor, own: Tensor | None = None) -> Tensor:
        """Logits (batch, target steps, vocabulary) of training: step t is fed ``target_in[:, t]`` (teacher forcing),
        or where the boolean ``own[:, t]`` is True (t >= 1) the model's most likely character at step t - 1, chosen
        without gradient (``engine.translate.feeding``)."""
        memory, state, keys, mask = self._encode(source, lengths)
        logits = []
        previous = target_in[:, 0]
        for t in range(target_in.size(1)):
            step_logits, state, _ = self.decoder.step(previous, state, memory, keys, mask)
            logits.append(step_logits)
            if t + 1 < target_in.size(1):
                previous = target_in[:, t + 1]
                if own is not None:
                    previous = torch.where(own[:, t + 1], step_logits.detach().argmax(dim=-1), previous)
        return torch.stack(logits, dim=1)

    @torch.no_grad()
    def greedy(self, source: Tensor, lengths: Tensor, cap: int) -> tuple[Tensor, Tensor | None]:
        """Generated ids (batch, steps) ending in END (or cut at ``cap``) and the attention (batch, steps, source)."""
        memory, state, keys, mask = self._encode(source, lengths)
        previous = torch.full((source.size(0),), START, dtype=torch.long, device=source.device)
        done = torch.zeros(source.size(0), dtype=torch.bool, device=source.device)
        tokens, alignment = [], []
        for _ in range(cap):
            logits, state, weights = self.decoder.step(previous, state, memory, keys, mask)
            previous = logits.argmax(dim=-1).masked_fill(done, PAD)
            tokens.append(previous)
            if weights is not None:
                alignment.append(weights)
            done = done | (previous == END)
            if bool(done.all()):
                break
        return torch.stack(tokens, dim=1), torch.stack(alignment, dim=1) if alignment else None

    @torch.no_grad()
    def beam_search(self, source: Tensor, lengths: Tensor, width: int, cap: int) -> tuple[Tensor, Tensor | None]:
        """What ``greedy`` returns, chosen by a beam of ``width`` hypotheses per source (``decoding.BeamSearch``:
        plain sum of log-probabilities, and why). The decoder runs on all ``batch x width`` hypotheses at once;
        width 1 gives exactly greedy's ids and attention (after END the attention here is zero)."""
        device = source.device
        memory, state, keys, mask = self._encode(source, lengths)
        memory, state, mask = (t.repeat_interleave(width, dim=0) for t in (memory, state, mask))
        keys = keys.repeat_interleave(width, dim=0) if keys is not None else None
        beam = BeamSearch(source.size(0), width)
        previous = torch.from_numpy(beam.first_tokens()).to(device)
        for _ in range(cap):
            logits, state, weights = self.decoder.step(previous, state, memory, keys, mask)
            rows, tokens = beam.advance(logits.cpu().numpy(), weights.cpu().numpy() if weights is not None else None)
            if beam.finished:
                break
            state = state[torch.from_numpy(rows).to(device)]
            previous = torch.from_numpy(tokens).to(device)
        ids, attention = beam.result()
        return (torch.from_numpy(ids).to(device),
                torch.from_numpy(attention).to(device) if attention is not None else None)
