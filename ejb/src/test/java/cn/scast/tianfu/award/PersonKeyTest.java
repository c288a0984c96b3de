package cn.scast.tianfu.award;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PersonKeyTest {

    @Test
    void blanksAndFullWidthLettersDoNotMakeAnotherPerson() {
        assertEquals(PersonKey.of("张 三", "UESTC 电子科技大学"), PersonKey.of("张三", "ＵＥＳＴＣ电子科技大学 "));
    }

    @Test
    void theSameNameInAnotherUnitIsAnotherPerson() {
        assertNotEquals(PersonKey.of("张三", "四川大学"), PersonKey.of("张三", "西南交通大学"));
        assertEquals(64, PersonKey.of("张三", "四川大学").length());
    }
}
