# blind32 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Gemma Holloway <gemma.holloway@postbox.example>",
         to="cards@northgatebank.example",
         subject="Re: Card stolen - please block immediately",
         body="""\
Thanks, new card arrived this morning and it works. All good!

Gemma

On Tue, 1 Dec 2026 at 08:14, Gemma Holloway <gemma.holloway@postbox.example> wrote:
> Hi,
> my handbag was stolen on the bus last night with my debit card in it
> (card ending 4471). Please block it straight away before anyone uses it.
> Gemma Holloway"""),
    dict(n=2, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Rajesh Menon <raj.menon@fastmail-home.example>",
         to="help@brightline-broadband.example",
         subject="Re: No internet since Sunday - ref BL-662019",
         body="""\
Hello again,

Just to let you know the connection came back on Tuesday afternoon and has been
rock solid since, so thank you for chasing the engineers.

Separate question while I have you: we're moving house on 15 March, from
12 Alder Road to 3 Fenwick Close in the same town. Can the contract move with
us, and do I need to book the engineer visit now or nearer the time?

Cheers,
Rajesh Menon
Account 30021887

On Mon, 30 Nov 2026 at 17:02, Brightline Support <help@brightline-broadband.example> wrote:
> Dear Mr Menon,
>
> We're sorry your broadband has been down since Sunday. We can see a fault
> on the line at the cabinet serving your street and an engineer has been
> booked. Your service will be restored as soon as possible.
>
> Kind regards,
> Tasha, Brightline Support"""),
    dict(n=3, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Owen Pritchard <o.pritchard@greenmail.example>",
         to="customercare@homewareshop.example",
         subject="RE: Charged twice for order #HW-558213",
         body="""\
Hi Dan,

The second payment has been refunded to my card, I can see it on my statement.
You can close the ticket now. Thanks for sorting it so quickly.

Owen

> From: Owen Pritchard <o.pritchard@greenmail.example>
> Sent: 02 December 2026 21:40
> To: customercare@homewareshop.example
> Subject: Charged twice for order #HW-558213
>
> Hello,
> I ordered a set of pans last night (order #HW-558213, GBP 89.99) and my
> bank shows two payments of GBP 89.99. I only placed one order. Could you
> refund the duplicate please?
> Owen Pritchard"""),
    dict(n=4, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Maureen Ashby <mashby@ashbyfamily.example>",
         to="support@inboxly.example",
         subject="Re: Locked out of my email account",
         body="""\
On 3 Dec 2026, at 10:05, Inboxly Support <support@inboxly.example> wrote:
> Hello Maureen,
>
> Your account was locked after several failed sign-in attempts. We have
> sent a reset link to your recovery number ending 82. Please follow it to
> set a new password.
>
> Best wishes,
> Inboxly Support

That worked, I'm back in and all my mails are still there. Thank you ever so much.

Maureen"""),
    dict(n=5, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Priya Dhillon <priya.dhillon@marlowdesign.example>",
         to="support@taskgrid.example",
         subject="RE: TaskGrid not loading for our whole team",
         body="""\
Hi there,

I'm the office manager at Marlow Design and was the one who reported this on
Monday. Everything's been fine since your fix, so that's sorted.

Reason I'm writing: we're taking on three new designers in January. Before I
add them, could you tell me what three extra seats would cost on our current
plan (Team, annual billing), and whether it's pro-rated for the rest of the year?

Many thanks,
Priya Dhillon
Office Manager, Marlow Design Ltd

> From: TaskGrid Support <support@taskgrid.example>
> Sent: Monday, November 30, 2026 11:52 AM
> To: Priya Dhillon <priya.dhillon@marlowdesign.example>
> Subject: RE: TaskGrid not loading for our whole team
>
> Hi Priya,
> We're aware that boards are not loading for a number of customers this
> morning, including yours. Our engineers are working on it and we'll update
> you as soon as the service is back.
> TaskGrid Support"""),
    dict(n=6, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Callum Reid <callum.reid@teviotmail.example>",
         to="care@voltaride-bikes.example",
         subject="Re: Battery smoking while charging",
         body="""\
Hi Sophie,

Sorry it has taken me a while to write back, we've had my sister-in-law staying
and the house has been chaos.

Anyway, I wanted to say the whole thing has been handled really well. The
courier picked up the old battery in the fireproof bag like you said, and the
replacement turned up on Friday. I've done about 60 miles on it since, including
the big hill up to my work, and it charges without so much as getting warm.

Honestly, after the fright we had I was ready to sell the bike, but the way you
dealt with it has changed my mind. I'll be leaving you a good review.

Best,
Callum

On Wed, 25 Nov 2026 at 19:31, Callum Reid <callum.reid@teviotmail.example> wrote:
> Hello, urgent - the battery on my Volta City 2 started hissing and smoking
> while it was on charge in the hallway tonight. I unplugged it and put it
> outside. What do I do now? Is it safe to keep in the house?
> Callum Reid"""),
    dict(n=7, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Helena Moss <helena.moss@mossconsult.example>",
         to="customerrelations@skyharbour-air.example",
         subject="Re: Seat selection charged twice - booking QX7R2P",
         body="""\
Dear Customer Relations,

Thank you, I can see the refund for the duplicate seat fee.

However I now have a different issue. Since the refund went through I can't log
in to my Harbour Miles account at all. It says "This account has been
suspended, please contact us", and the password reset page says my email
address isn't recognised. I have about 48,000 miles on it (member no.
HM 2208 5513) and I'd like access restored, please.

Kind regards,
Helena Moss

-----Original Message-----
> From: SkyHarbour Customer Relations
> Sent: 01 December 2026 14:20
> To: Helena Moss
> Subject: Re: Seat selection charged twice - booking QX7R2P
>
> Dear Ms Moss,
> We confirm that the seat selection fee of GBP 24.00 was taken twice on
> booking QX7R2P. A refund of GBP 24.00 has been issued to your card.
> Kind regards, SkyHarbour"""),
    dict(n=8, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Derek Oyelaran <derek.oyelaran@kbmail.example>",
         to="service@greenspark-energy.example",
         subject="Re: Power cut on Larch Avenue",
         body="""\
Hi,

Power's been back since Wednesday, thanks for the updates.

But now I've checked my bank and you've taken my direct debit twice this month,
GBP 142.50 on the 1st and again on the 3rd. That's left me short for the week.
Please put the second one back. Account no. GS-4410927.

Derek Oyelaran

On Tue, 1 Dec 2026 at 07:45, GreenSpark Energy <service@greenspark-energy.example> wrote:
> Dear Derek,
> We're aware of a power cut affecting Larch Avenue and surrounding streets.
> The network operator expects supply to be restored within 24 hours.
> GreenSpark Energy"""),
    dict(n=9, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Lucy Tran <lucytran99@quickmail.example>",
         to="help@reelhouse-tv.example",
         subject="Re: Can't sign in after changing my email",
         body="""\
Hi Marco, answers below :)

On Fri, 4 Dec 2026 at 16:10, Reelhouse Help <help@reelhouse-tv.example> wrote:
> Hi Lucy,
> We've merged your old and new email addresses, so you should be able to
> sign in with lucytran99@quickmail.example now. Could you confirm?

Yes! Signed in on the TV and on my phone, my profiles and watchlist are back.

> Is there anything else we can help you with?

Only if you know when season 3 of The Lantern Keepers is coming? No worries if not.

Thanks so much,
Lucy"""),
    dict(n=10, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Aisha Karim <aisha.karim@karimhome.example>",
         to="support@dishdash.example",
         subject="Re: Nut in a nut-free order - my son had a reaction",
         body="""\
Dear Jo,

Thank you for your kind reply and for the voucher, it really wasn't necessary.
Adam was kept in overnight as a precaution but he's absolutely fine now and
back at school. I hope the restaurant takes it seriously.

Please feel free to close this.

Warm regards,
Aisha Karim

> From: Aisha Karim
> Sent: Saturday, 28 November 2026 22:15
> To: DishDash Support
> Subject: Nut in a nut-free order - my son had a reaction
>
> Tonight's order from Golden Lotus (#DD-99120) was marked nut-free and we
> asked for no peanuts because of my son's allergy. There were crushed
> peanuts in the noodles. He started swelling up and we had to use his
> EpiPen and call an ambulance. This is extremely serious."""),
    dict(n=11, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Kai Whitfield <kaiw@gamerpost.example>",
         to="support@ironpeak-games.example",
         subject="Re: Re: servers down again??",
         body="""\
its back up, cheers lads

On Sat, 5 Dec 2026, Ironpeak Support wrote:
> Hi Kai, thanks for your patience. The EU login servers are still down
> after the update, we'll post on our status page once they're back.
>
> On Sat, 5 Dec 2026, Kai Whitfield wrote:
> > cant connect to any server, error 1002, whole clan has the same
> > is it down?"""),
    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Beatrice Lowe <bea.lowe@lowehousehold.example>",
         to="claims@harbourshield-insurance.example",
         subject="RE: Cannot access online account - policy HS-771034",
         body="""\
Good afternoon,

Thank you, I was able to log in to My Policy after your colleague reset it, so
that part is resolved.

While I was in there I noticed my claim for the burst pipe (claim CL-20931) is
marked "settled - paid 18 November", but no money has ever arrived in my
account. The settlement was GBP 2,340.00 and the plumber's invoice is now
overdue. Could you check where the payment went and when I will receive it?

Yours sincerely,
Beatrice Lowe

> -----Original Message-----
> From: HarbourShield Customer Services
> Sent: 27 November 2026 09:03
> Subject: RE: Cannot access online account - policy HS-771034
>
> Dear Mrs Lowe,
> We're sorry you are unable to sign in. Your online account appears to
> have been locked. We have reset it; please use the temporary password
> sent to you by text message."""),
    dict(n=13, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Thomas Greaves <t.greaves@greavesassoc.example>",
         to="reservations@the-quayside-hotel.example",
         subject="Fwd: Deposit not refunded",
         body="""\
Hello,

Good news, the deposit refund appeared on my card yesterday, so please disregard
my earlier email below. Apologies for the fuss.

We're thinking of coming back in January with the children. Is the pool open
over the winter, and are there family rooms available the weekend of 16 January?

Best regards,
Thomas Greaves

---------- Forwarded message ---------
> From: Thomas Greaves <t.greaves@greavesassoc.example>
> Date: Mon, 30 Nov 2026 at 12:18
> Subject: Deposit not refunded
> To: <reservations@the-quayside-hotel.example>
>
> We checked out on 20 November (booking QH-40718) and were told the GBP 150
> damage deposit would be released within five working days. It still has
> not been refunded. Please can you look into this."""),
    dict(n=14, signals="outage,account", priority="critical", trap="safety", qt=1, reply=1,
         frm="Dr Naomi Feld <n.feld@staff.westbrook-uni.example>",
         to="itservicedesk@westbrook-uni.example",
         subject="Re: [INC-58812] Compromised student account - phishing",
         body="""\
Hi,

Thanks for dealing with the phishing case so quickly, the student has his
account back.

Something else, and it's urgent: since the forced password reset you sent out
to all students at 10am, none of my second-years can log in to Moodle. About
120 of them, all getting "invalid credentials" even with the new password, and
their coursework is due at 5pm today. Can you please look at this now or
extend the deadline system-wide?

Naomi Feld
School of Economics

On 7 Dec 2026, at 09:40, IT Service Desk <itservicedesk@westbrook-uni.example> wrote:
> Dear Dr Feld,
> We have confirmed that the student's account was accessed by a third party
> after he entered his details on a fake login page. We have locked it,
> removed the forwarding rule the attacker set up and restored his access.
> IT Service Desk"""),
    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Gwen Parry <gwen.parry@valleymail.example>",
         to="service@hartwell-appliances.example",
         subject="Re: Tumble dryer burning smell - repair job HA-33019",
         body="""\
Still the same. The engineer came on Thursday and replaced the heater but last
night there was the same burning smell and the back of the dryer was too hot to
touch. We've unplugged it and won't use it again. There are children in this
house, I need someone to take it away or replace it.

Gwen Parry
07700 900318

On 24 Nov 2026, at 18:02, Gwen Parry <gwen.parry@valleymail.example> wrote:
> Our Hartwell HD800 dryer smells of burning about twenty minutes into a
> cycle. Can you send an engineer?"""),
    dict(n=16, signals="safety,payment", priority="critical", trap="-", qt=0, reply=1,
         frm="Ben Okafor <ben.okafor@okaforweb.example>",
         to="security@zipay.example",
         subject="Re: Payments I didn't make",
         body="""\
It's happened AGAIN. You told me you'd secured my account but this morning there
are two more payments I never made:

- 06/12  GBP 249.00  "TechDirect Online"
- 06/12  GBP 180.00  "GiftHub Vouchers"

That's over GBP 800 gone in total now. Freeze everything please and call me
on 07700 900562.

Ben

On Thu, 3 Dec 2026 at 13:20, ZiPay Security <security@zipay.example> wrote:
> Hi Ben, we've reversed the GBP 399 payment you reported, logged you out of
> all devices and reset your PIN. Your account is now secure."""),
    dict(n=17, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Sam Fuller <samf@fullerphoto.example>",
         to="support@cloudnest.example",
         subject="Re: Desktop sync stuck on \"Connecting...\"",
         body="""\
Still not working. Same message on both Macs since Tuesday, nothing has
uploaded for four days.

Sam

On 2 Dec 2026, at 15:11, CloudNest Support <support@cloudnest.example> wrote:
> Hi Sam, please sign out of the app and sign back in, that should get
> sync going again. Let us know if not."""),
    dict(n=18, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Martin Keane <martin.keane@keanelogistics.example>",
         to="support@pipelinecrm.example",
         subject="RE: RE: RE: CRM down for all our sales staff - THIRD EMAIL",
         body="""\
This is my third email and I still haven't had a single answer from a human.

Our whole sales team, 40 people, has not been able to open PipelineCRM since
Thursday morning. Every page gives a 503. We can't see our leads, we can't log
calls, we have lost two days of selling in the busiest month of the year. We
pay for the Business plan with "priority support" and this is what we get.

I want a call today from someone who can actually tell me when it will be fixed.

Martin Keane
Sales Director, Keane Logistics
0161 496 0221

> On Fri, 4 Dec 2026, Martin Keane wrote:
> Still down. Nobody in our team can get in. Please respond.
>
> > On Thu, 3 Dec 2026, Martin Keane wrote:
> > Hi, PipelineCRM isn't loading for any of our users, all we get is
> > "503 Service Unavailable". Can you help urgently?"""),
    dict(n=19, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Ewa Nowicka <ewa.nowicka@inbox-pl.example>",
         to="care@tidemobile.example",
         subject="Re: No signal at home - ticket 7781204",
         body="""\
Hello,

Sorry but it is now worse. Before I had one bar sometimes, now since yesterday
no signal at all, not even for emergency calls it says "SOS only". I try
restart phone, new SIM you sent, nothing help. I work from home and I cannot
take calls from my clients. Please can you check the mast near Whitmore Lane?

Thank you,
Ewa Nowicka
Number 07700 900774

On Mon, 30 Nov 2026 at 10:12, Tide Mobile <care@tidemobile.example> wrote:
> Dear Ewa, we have sent you a new SIM card. If the problem continues after
> you insert it, please reply to this email."""),
    dict(n=20, signals="payment", priority="high", trap="-", qt=0, reply=1,
         frm="Leanne Doherty <leanne@dohertyhandmade.example>",
         to="sellers@craftbazaar.example",
         subject="Re: Payout not received - shop DohertyHandmade",
         body="""\
Hi,

You said the payout would land by Friday. It's Monday and there's still
nothing. That's GBP 1,186.40 from my November sales and my rent comes out on
Wednesday. I really need this money, can somebody please check what's
happened to it today?

Leanne Doherty
DohertyHandmade

On Wed, 2 Dec 2026 at 11:30, CraftBazaar Seller Support <sellers@craftbazaar.example> wrote:
> Hi Leanne, your November payout was delayed due to a verification check,
> which is now complete. You should receive the funds by Friday 4 December."""),
    dict(n=21, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Graham Whitcombe <g.whitcombe@oldvicarage.example>",
         to="refunds@westernrail.example",
         subject="Re: Re: Refund for cancelled train - third request",
         body="""\
Dear Sir or Madam,

I am now writing for the third time. My 08:15 to Bristol on 12 October was
cancelled and you confirmed on 20 October that I would be refunded GBP 64.60.
Seven weeks later I have received nothing, and neither of my previous emails
(quoted below) has had a reply.

If this is not resolved within seven days I shall take the matter to the
Rail Ombudsman.

Yours faithfully,
Graham Whitcombe

> On 23 Nov 2026, Graham Whitcombe wrote:
> I have still not received the refund for ticket WR-118290. Please advise.
>
> > On 9 Nov 2026, Graham Whitcombe wrote:
> > The refund of GBP 64.60 you confirmed on 20 October has not arrived.
> > Ticket reference WR-118290."""),
    dict(n=22, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Jess Barlow <jessbarlow@ripplemail.example>",
         to="hello@freshcrate.example",
         subject="Re: Cancelled subscription but still charged",
         body="""\
hi again, you've charged me again this week 34.99, i cancelled in november and
you said it was done?? pls refund both and make sure it actually stops

jess

Sent from my iPhone

> On 27 Nov 2026, at 12:04, FreshCrate <hello@freshcrate.example> wrote:
> Hi Jess, sorry about that! We've cancelled your weekly box and refunded
> this week's charge. You won't be billed again."""),
    dict(n=23, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Philip Carver <philip.carver@carverhome.example>",
         to="support@pulsetrack-health.example",
         subject="Re: Verification code never arrives",
         body="""\
Hello,

I'm writing on behalf of my father, Philip, who isn't very confident with
email. He still can't get into his PulseTrack account. I tried with him again
yesterday following your steps: the app says a code has been sent, but no text
ever arrives on his number (07700 900145), and there's nothing in his spam
either. All his blood pressure readings since March are in there and his GP
wants to see them next week.

Thanks,
Rachel Carver (daughter)

On 1 Dec 2026, at 09:22, PulseTrack Support <support@pulsetrack-health.example> wrote:
> Dear Philip,
> Please make sure the app is updated to the latest version and tap
> "Resend code" after 60 seconds."""),
    dict(n=24, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Oliver Nash <olivernash@nashfamily.example>",
         to="office@stbrendans-school.example",
         subject="Re: ParentHub login locked",
         body="""\
Hi Mrs Patel,

Afraid it's still locked, same message as before ("Account disabled - contact
your school"). I need it to book the parents' evening slots before Friday.

Thanks,
Oliver Nash (dad of Freya Nash, Year 4)

On Thu, 3 Dec 2026 at 14:50, School Office <office@stbrendans-school.example> wrote:
> Dear Mr Nash,
> I've asked our IT provider to unlock your ParentHub account, it should
> work again by tomorrow morning.
> Mrs Patel, School Office"""),
]
