package cn.scast.tianfu.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One of the 21 cities and prefectures (市州) of Sichuan, keyed by its GB/T 2260 division code. */
@Entity
@Cacheable
@Table(name = "ref_city")
public class City {

    @Id
    @Pattern(regexp = "51\\d{4}", message = "{region.code.invalid}")
    @Column(length = 6)
    private String code;

    @NotBlank
    @Size(max = 32)
    @Column(nullable = false, length = 32)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected City() {
    }

    public City(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
