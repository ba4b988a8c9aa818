/// Formulas covering every construct of issue 5, grouped as the golden files are.
enum ConstructCases {
    struct Case: Sendable {
        let tex: String
        let display: Bool
    }

    static func inline(_ tex: String) -> Case { Case(tex: tex, display: false) }
    static func block(_ tex: String) -> Case { Case(tex: tex, display: true) }

    static let groups: [(name: String, cases: [Case])] = [
        ("basics", [
            inline("x"), inline("xy"), inline("3.14 + 42"), inline("a-b"), inline("{a}"), inline("{}_a x"),
            inline("x^2"), inline("x_i"), inline("x_i^2"), inline("x^{2n}_{i,j}"), inline("x^23"),
            inline("c'"), inline("c''_t"), inline("f'(x)^2"), inline("a < b > c"), inline("a*b"),
            inline(#"\{ a \} \| x \| \% \$ \_ \&"#), inline("(a) [b] |c| a/b"), inline(#"x \; y"#),
        ]),
        ("fractions-roots", [
            inline(#"\frac{a}{b}"#), block(#"\frac{1}{1 + e^{-x}}"#), inline(#"\frac12"#),
            inline(#"\dfrac{a}{b} + \tfrac{c}{d}"#), block(#"\binom{n}{k}"#), inline(#"\sqrt{x}"#),
            inline(#"\sqrt[3]{x^2}"#), block(#"\frac{\partial L}{\partial h_t}"#),
        ]),
        ("letters-fonts", [
            inline(#"\alpha \beta \gamma \delta \epsilon \varepsilon \zeta \eta \theta \vartheta \iota \kappa"#),
            inline(#"\lambda \mu \nu \xi \pi \varpi \rho \varrho \sigma \varsigma \tau \upsilon \phi \varphi \chi \psi \omega"#),
            inline(#"\Gamma \Delta \Theta \Lambda \Xi \Pi \Sigma \Upsilon \Phi \Psi \Omega \varGamma"#),
            inline(#"\mathbf{x} \mathbf{W}_{xh} \mathbf{remember}_{(t)} \mathbf{1}"#),
            inline(#"\boldsymbol{\alpha} \boldsymbol{x} \mathbf{\Sigma} \bm{\theta}"#),
            inline(#"\mathrm{d}x \mathrm{softmax}(z) \mathit{diff}"#),
            inline(#"\mathcal{L} \mathcal{B} \mathbb{R}^n \mathbb{E} \mathfrak{g} \mathsf{A} \mathtt{x}"#),
            inline(#"\text{if } x > 0 \text{, else} \textbf{bold} \textit{it}"#),
            inline(#"\text{50\% off}"#),
        ]),
        ("operators", [
            inline(#"a \otimes b \odot c \cdot d \times e \pm f"#),
            inline(#"a \le b \ge c \leq d \geq e \ne f \neq g \lt h \gt i"#),
            inline(#"a \approx b \sim c \propto d \equiv e \in S"#),
            inline(#"\partial \nabla \infty \ldots \dots \cdots"#),
            inline(#"a \to b \rightarrow c \leftarrow d \Rightarrow e \mapsto f"#),
            inline(#"\sum_{i=1}^n x_i \prod_{t} a_t"#), block(#"\sum_{i=1}^{n} x_i = \prod_{t=1}^{T} a_t"#),
            block(#"\int_0^1 f(x)\,dx"#), block(#"\sum\nolimits_i x_i"#), inline(#"\sum\limits_i x_i"#),
            inline(#"a \not= b \not\in C"#),
        ]),
        ("functions", [
            inline(#"\tanh(x) + \sin x + \cos x + \log x + \exp(x)"#), inline(#"\max(a, b) \min(a, b) \arg x"#),
            block(#"\max_{x} f(x) = \lim_{n \to \infty} a_n"#), inline(#"\operatorname{sigmoid}(x)"#),
            block(#"\operatorname*{argmax}_k p_k"#), inline(#"a \bmod b"#),
        ]),
        ("accents", [
            inline(#"\tilde{c}_t"#), inline(#"\hat{y}"#), inline(#"\bar{x}"#), inline(#"\vec{v}"#),
            inline(#"\dot{x}"#), inline(#"\overline{AB}"#), inline(#"\widetilde{xyz}"#),
            block(#"\overset{\sim}{C}_{t}"#), block(#"\underset{k}{\operatorname{argmax}}"#),
            block(#"\underbrace{a + b}_{n}"#),
        ]),
        ("delimiters", [
            block(#"\left( \frac{a}{b} \right)"#), block(#"\left. \frac{df}{dx} \right|_{x=0}"#),
            block(#"\left\{ x \middle| x > 0 \right\}"#), block(#"\left\langle a, b \right\rangle"#),
            inline(#"\big( \Big[ \bigg\{ \Bigg| \bigl( \bigr)"#), block(#"\left\| x \right\|"#),
        ]),
        ("environments", [
            block(#"\begin{array}{lcr} a & b & c \\ dd & ee & ff \end{array}"#),
            block("\\begin{array}[lll]\\\\\n\\h_\\tp & = & \\phi(\\W_{xh}\\x_\\tp + \\b_h) \\\\\n\\y_\\tp & = & \\W_{hy} \\h_\\tp \\\\\n\\end{array}"),
            block(#"\begin{matrix} a & b \\ c & d \end{matrix}"#),
            block(#"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}"#),
            block(#"\begin{bmatrix} x \\ y \end{bmatrix}"#),
            block(#"\begin{aligned} a &= b + c \\ d &= e \end{aligned}"#),
            block(#"f(x) = \begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}"#),
            block(#"\mathbf{C} = \left[ \begin{matrix} \mathbf{T} \\ \mathbf{F} \end{matrix} \right] \\"#),
            block(#"a = b \\ c = d"#),
        ]),
        ("spacing", [
            inline(#"a\,b\:c\;d\!e\quad f\qquad g~h\ i"#), inline(#"\displaystyle \sum_i x_i"#),
            inline(#"a\hspace{1em}b\mkern3mu c\hspace*{-2pt}d"#), inline(#"\phantom{x}y"#),
            block(#"\boxed{E = mc^2}"#), inline(#"\textcolor{red}{f_t} + {\color{#1f77b4} i_t \otimes g_t}"#),
        ]),
        ("macros", [
            inline(#"\h_\tp = \tanh(\W_{hh}\h_{(\tt-1)} + \b_h)"#),
            inline(#"\remember_\tp \otimes \c_{(t-1)} + \save_\tp \otimes \c'_\tp"#),
            inline(#"\x_{(\tt')} \ll"#),
            block(#"\newcommand{\R}{\mathbb{R}}"#), inline(#"\newcommand{\norm}[1]{\left\| #1 \right\|} \norm{x}"#),
            inline(#"\newcommand{\pair}[2][a]{(#1, #2)} \pair{b} \pair[c]{d}"#),
        ]),
        ("escaping", [
            inline(#"a < b \& c"#), inline(#"\text{<b> & </b>}"#),
        ]),
    ]
}
