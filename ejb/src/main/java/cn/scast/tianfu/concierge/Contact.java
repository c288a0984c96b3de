package cn.scast.tianfu.concierge;

import java.io.Serializable;

/** How to reach the other side of an introduction: name, contact person (enterprises), mobile and e-mail. */
public record Contact(String name, String contactPerson, String mobile, String email) implements Serializable {
}
