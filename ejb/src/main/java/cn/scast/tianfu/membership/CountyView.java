package cn.scast.tianfu.membership;

import java.io.Serializable;

public record CountyView(String code, String name) implements Serializable {
}
