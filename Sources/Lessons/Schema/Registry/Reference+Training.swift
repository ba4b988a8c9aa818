extension Reference {
    /// Per-model training settings and the traces training records.
    static let trainingSection = """
        ## Training settings per model

        A model may give its own `optimizer:`, `clip:` and `schedule:` inside its call; they
        override the experiment's for that model only, so one experiment (and so one figure, one
        table and one claim) compares clipped with unclipped training, or two learning rates.
        They are part of the model's canonical form, and so of the cache key.

        ````markdown
        ```{experiment} clipping
        :task: adding(length: 50)
        :models: [rnn(hidden: 32, clip: 0, label: "no clip"), rnn(hidden: 32, clip: 1, label: "clip 1")]
        :optimizer: sgd(lr: 0.5)
        :schedule: warmup(steps: 50)
        :seeds: 1...10
        The same RNN with and without clipping by norm.
        ```
        ````

        ## Training traces

        Every run records, at every training step, the global gradient norm before clipping and
        whether clipping scaled the update down; for gated cells, at every evaluation, the
        fraction of each sigmoid gate's values within 0.01 of 0 or 1 on a training batch (there
        σ′ < 0.0099, under 4 % of its peak 1/4: the gradient through the gate shrinks at least
        25-fold, and the gate is stuck open or shut). The `trace` directive draws them, every
        seed thin and the median thick (norms on a log axis, with each clipping norm as a line);
        the claim functions `maxGradNorm`, `clippedFraction` and `saturation` read them.

        ````markdown
        ```{trace} clipping-norms
        :experiment: clipping
        :quantity: gradientNorm
        The gradient norm before clipping, step by step.
        ```

        ```{claim} explodes
        :experiment: clipping
        :holds: median(maxGradNorm("no clip")) > 1000 and diverged("no clip") >= 8
        Without clipping the norm exceeds 1000 and training diverges.
        ```
        ````

        ## Baselines

        For a task that predicts the next value of a real-valued sequence (`dampedSine`), an
        experiment's `models` may list two baselines beside its networks (for text, see below): `persistence`, which
        repeats the last value, and `ar(order: k)`, which predicts
        x̂(t + 1) = c + a₁·x(t) + … + a_k·x(t − k + 1) with coefficients fitted by least squares
        (the normal equations, solved by Gaussian elimination in Double, the same bits
        everywhere) on 256 sequences of each seed's training stream. Over the first k − 1 steps
        the fit of the order the history allows is used. A baseline is fitted, not trained: its
        held-out loss is the same at every evaluation (a flat line in the figure), and it takes
        part in tables, `{result}` roles, `outcomes`, `prediction` (one step ahead and running
        free) and claims like any model. It has no gradients, activations or traces, so
        `gradient-flow` and `trace` show the experiment's networks only, and naming a baseline
        there, in `activations`, or in `maxGradNorm`, `clippedFraction` and `saturation`, is an
        error. Its `parameters` are the numbers it fits.

        ````markdown
        ```{experiment} sine-baselines
        :task: dampedSine(length: 100, period: 25, decay: 0.01)
        :models: [lstm(hidden: 32, label: "LSTM"), persistence, ar(order: 2, label: "AR(2)")]
        :seeds: 1...10
        The LSTM against a student's first two guesses.
        ```

        ```{claim} ar-fits-the-sine
        :experiment: sine-baselines
        :holds: 5 * median(finalLoss("AR(2)")) < median(finalLoss("persistence"))
        :test: rankSum(level: 0.01)
        A noise-free damped sine is an order-2 recurrence: only the first step, read alone, is a guess.
        ```
        ````

        For a `text` task, `unigram` predicts every character from the text's character
        frequencies alone and `bigram` from the previous character, with add-one smoothing over
        the text's V characters; both are counted on the task's own text (the same text the
        networks' windows come from) and scored like them: cross-entropy in nats on the
        held-out windows, and the fraction of characters whose most probable prediction is right.
        Their `parameters` are V and V² probabilities.

        A damped sine whose period is drawn per sequence, `dampedSine(length: 60, period: 8...24,
        decay: 0.03)`, is no longer one linear recurrence: one AR(2) fit must share its
        coefficients among all periods, which is where a network (or an AR model of higher order)
        can do better. A single period draws nothing extra, so a task written with one number
        makes the same sequences as before.


        """
}
