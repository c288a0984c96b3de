package cn.scast.tianfu.popscience.qa;

import java.io.Serializable;

/** An answer's text. */
public class AnswerForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String text;

    public AnswerForm() {
    }

    public AnswerForm(String text) {
        this.text = text;
    }

    public String getText() { return text; }
    public void setText(String v) { text = v; }
}
