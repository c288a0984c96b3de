package cn.scast.tianfu.imports;

import cn.scast.tianfu.platform.ChinaTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/** Backs admin/imports/index: upload a file, watch running jobs, history, restart, reject report. */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "cn.scast.tianfu.web.imports";
    private static final DateTimeFormatter TIME = ChinaTime.SECONDS;

    @EJB
    private ImportInbox inbox;

    @EJB
    private ImportStatus status;

    private List<ImportStatus.KindView> kinds;
    private String kind;
    private String encoding;
    private transient UploadedFile file;
    private Long selectedExecution;
    private List<ImportRejectView> rejects = List.of();

    @PostConstruct
    void init() {
        kinds = status.kinds();
        if (!kinds.isEmpty()) {
            kind = kinds.get(0).name();
        }
    }

    public void upload() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0 || file.getFileName() == null) {
            message(context, FacesMessage.SEVERITY_WARN, "upload.noFile");
            return;
        }
        Path temp = ImportDirectories.uploads().resolve(UUID.randomUUID() + ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            message(context, FacesMessage.SEVERITY_ERROR, "upload.failed", e.getMessage());
            return;
        }
        try {
            ImportInbox.Received received = inbox.upload(kind, file.getFileName(), temp, encoding,
                    context.getExternalContext().getRemoteUser());
            message(context, FacesMessage.SEVERITY_INFO, "upload.started", file.getFileName(), received.executionId());
        } catch (DuplicateImportException e) {
            message(context, FacesMessage.SEVERITY_WARN, "upload.duplicate", e.earlier().fileName(),
                    e.earlier().jobExecutionId() == null ? "-" : e.earlier().jobExecutionId());
        } catch (ImportRequestException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void restart(long executionId) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            long restarted = inbox.restart(executionId);
            message(context, FacesMessage.SEVERITY_INFO, "restart.started", executionId, restarted);
        } catch (ImportRequestException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void stop(long executionId) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            inbox.stop(executionId);
            message(context, FacesMessage.SEVERITY_INFO, "stop.requested", executionId);
        } catch (ImportRequestException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void showRejects(long executionId) {
        selectedExecution = executionId;
        rejects = status.rejects(executionId, 1000);
    }

    public List<ImportExecutionView> getRunning() {
        return status.running();
    }

    public List<ImportExecutionView> getHistory() {
        return status.history(30);
    }

    public String kindLabel(String name) {
        if (name == null) {
            return "";
        }
        try {
            return bundle().getString("kind." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }

    public String statusLabel(String batchStatus) {
        try {
            return bundle().getString("status." + batchStatus);
        } catch (MissingResourceException e) {
            return batchStatus;
        }
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
    }

    private static void message(FacesContext context, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = MessageFormat.format(bundle().getString(key), arguments);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<ImportStatus.KindView> getKinds() {
        return kinds;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getSelectedExecution() {
        return selectedExecution;
    }

    public List<ImportRejectView> getRejects() {
        return rejects;
    }
}
