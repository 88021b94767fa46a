<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>Param</name>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent cell: plain RNN c_t = act(W_rec c_{t-1} + W_in x_t), LSTM, or GRU (PyTorch&apos;s definition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain RNN&apos;s nonlinearity: sigmoid&apos;s slope is at most 1/4, so its gradients vanish faster than tanh&apos;s (at most 1); relu with the identity init is the IRNN (Le et al. 2015).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding problem: output the sum of the two marked numbers (chance MSE 0.167). First symbol: name the sequence&apos;s first symbol out of 8 (chance loss ln 8 = 2.08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence length T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesteps per sequence: the distance the gradient has to travel back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in the recurrent state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent weights: normal N(0, scale^2/H); orthogonal (scale times a random orthogonal matrix, every gate block); identity (scale times I, the RNN only: with relu the IRNN of Le, Jaitly &amp; Hinton 2015); chrono (the LSTM only, Tallec &amp; Ollivier 2018: normal weights, forget-gate biases log(U(1, T-1)), input-gate biases their negatives; replaces the forget-gate bias). In compare mode the cells it does not apply to start normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent init scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale of the recurrent weights at the start (see Initialisation): scale &lt; 1 makes gradients vanish, scale &gt; 1 can make them explode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget-gate bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial LSTM forget-gate bias: 0 starts forget gates near 0.5 (memory fades fast), 1 or more keeps the cell path open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plain RNN a bias b in c_t = act(W_rec c_{t-1} + W_in x_t + b) (off in the derivation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam (the default: it solves the adding problem at T=100 within the default steps) or plain gradient descent, as in the derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size of the optimiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale the gradient when its norm exceeds this (Pascanu et al. 2013).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser steps to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh sequences per optimiser step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe every (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the Jacobians and gradient norms on the probe sequence every this many steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the network trains: auto picks a CUDA GPU, then Apple&apos;s MPS, then the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds the weights, the training data and the probe sequence; compare mode uses the same seed for every cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column to forecast one step ahead (the exercise forecasts Open; default: Open when the file has it, else its first price-like column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra input columns the network also sees, e.g. High Low (none: the target column only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change: predict the move from the last value, inputs taken relative to it (beats the naive forecast more often); value: predict the next value itself, as the exercise does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent cell: rnn (Elman, as the exercise&apos;s SimpleRNN), lstm or gru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many past rows each prediction sees (the exercise uses 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked recurrent layers (the exercise uses 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units per layer (the exercise uses 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout between the layers and before the readout (the exercise uses 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training windows; the weights with the best validation loss are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows per optimiser step (the exercise uses 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s step size (Keras&apos; default is 0.001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the rows, at the end, held out for testing (ignored when a test file or a test start date is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows on or after this date (YYYY-MM-DD, or YYYY-MM-DD HH:MM) are the test period; empty: use the test fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the training windows, at their end, used to pick the best weights (0: keep the last weights, as the exercise does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of the prediction intervals, calibrated on the validation windows&apos; errors (split conformal); 0 turns them off. A level needs enough windows (9 for 0.9, 19 for 0.95, 99 for 0.99): fewer are refused before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive: each test step&apos;s band from the most recent 250 one-step errors, its level adjusted after each actual (adaptive conformal inference), so it keeps its promise when the volatility changes; split: one width from the validation errors for the whole test period. The projection&apos;s band is split conformal either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the adaptive band&apos;s level reacts to a miss or a hit (gamma of adaptive conformal inference): 0 keeps the nominal level on a rolling window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps forecast beyond the last row, each feeding the next (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the weights, the dropout and the batch order; the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the decoder looks at the source: none (only the encoder&apos;s final state), additive (Bahdanau) or scaled dot-product attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the decoder GRU and of each direction of the bidirectional encoder GRU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the vector each character is embedded as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training pairs (words, for Pig Latin). &apos;auto&apos; trains until the held-out accuracy of a task of pairs, measured at each epoch&apos;s end, has not risen for Patience epochs, reaches 100% or the Time budget is spent, and keeps the best epoch&apos;s model (for the Pig Latin words: 4 epochs); a number trains exactly that many epochs and keeps the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Epochs auto on a task of pairs: stop after this many epochs in a row without a new best held-out accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Epochs auto on a task of pairs: the longest the training runs, in minutes; when it is spent, the best model so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs per optimiser step; a batch is padded to its longest sequence and masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s step size at the start. With a number of epochs it decays along a cosine to a tenth by the end; while early stopping (Epochs auto) it is halved after 3 epochs in a row without a new best held-out accuracy (down to a tenth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gradient norm allowed per step; &apos;off&apos; lets large steps through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only this many of the training pairs (&apos;off&apos;: all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure accuracy on this many of the held-out pairs (&apos;off&apos;: all of them); fewer measure faster but less exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a task of pairs: the share of the pairs held out to measure accuracy, never trained on (the same pairs at every retraining). Pig Latin has its own held-out words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the weights and the order of the pairs; the same seed gives the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many partial outputs the decoder keeps at each step: 1 is greedy (the most likely next character every time); more can find a likelier whole output that starts with a less likely character, at about that many times the work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source> (range {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Set to the lowest value to turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Set to the lowest value for {none}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
