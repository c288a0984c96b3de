package cn.scast.tianfu.popscience.qa;

import java.util.List;

/** One page of public questions: the rows, how many there are in all, the page (from 1) and its size. */
public record QuestionPage(List<QuestionView> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
