package cn.scast.tianfu.portal;

import cn.scast.tianfu.exhibition.Exhibit;
import cn.scast.tianfu.exhibition.ExhibitCollection;
import cn.scast.tianfu.exhibition.ExhibitionService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The online exhibition of 最美科技工作者 and 四川百年百杰科学家: cards by collection, and one exhibit with its story.
 * An unknown exhibit is a Chinese 404; an unknown collection shows them all.
 */
@Named
@RequestScoped
public class PublicExhibitionBean {

    @EJB
    private ExhibitionService exhibition;

    /** The collection filter as given in the address (c=MOST_BEAUTIFUL); anything else means all. */
    private String collection;
    private String code;
    private Exhibit exhibit;

    /** One collection's exhibits, for a section of the page. */
    public record Section(ExhibitCollection collection, List<Exhibit> exhibits) {
    }

    public ExhibitCollection getShownCollection() {
        return Arrays.stream(ExhibitCollection.values()).filter(c -> c.name().equals(collection)).findFirst()
                .orElse(null);
    }

    public ExhibitCollection[] getCollections() {
        return ExhibitCollection.values();
    }

    public List<Section> getSections() {
        ExhibitCollection shown = getShownCollection();
        Map<ExhibitCollection, List<Exhibit>> byCollection = exhibition.exhibits(shown).stream()
                .collect(Collectors.groupingBy(Exhibit::getCollection));
        return Arrays.stream(ExhibitCollection.values()).filter(c -> shown == null || c == shown)
                .map(c -> new Section(c, byCollection.getOrDefault(c, List.of()))).toList();
    }

    public void load() throws IOException {
        exhibit = exhibition.find(code).orElse(null);
        if (exhibit == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "没有这件展品");
            faces.responseComplete();
        }
    }

    public Exhibit getExhibit() {
        return exhibit;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
